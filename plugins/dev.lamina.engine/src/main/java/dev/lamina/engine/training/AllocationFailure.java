// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.Locale;

/**
 * Whether a failure in a training step is the device running out of memory. On the CPU, JavaCPP throws
 * {@link OutOfMemoryError}; on the GPU, ND4J's CUDA back end throws a {@link RuntimeException}: a buffer it cannot
 * allocate is {@code Allocation failed: [...]} (ND4J's {@code OpaqueDataBuffer}), an op whose CUDA, cuBLAS or cuDNN
 * call cannot get memory says {@code out of memory}, {@code cudaErrorMemoryAllocation} or {@code ..._ALLOC_FAILED}.
 */
final class AllocationFailure {

    private static final String[] SIGNS = { "allocation failed", "out of memory", "cudaerrormemoryallocation",
            "cuda_error_out_of_memory", "status_alloc_failed" };

    private AllocationFailure() {
    }

    /** True for an {@link OutOfMemoryError}, or an exception that says, itself or through a cause, memory ran out. */
    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            for (String sign : SIGNS) {
                if (message.contains(sign)) {
                    return true;
                }
            }
        }
        return false;
    }
}
