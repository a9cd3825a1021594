// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.Locale;

/**
 * Whether a failure in a training step is the device running out of memory. On the CPU, JavaCPP throws
 * {@link OutOfMemoryError}; on the GPU, ND4J's CUDA back end (1.0.0-M2.1) throws a {@link RuntimeException} with
 * one of these messages, read from its classes and {@code libnd4jcuda.so}: {@code Allocation failed: [...]} (a
 * buffer, {@code OpaqueDataBuffer}), {@code Failed to allocate N bytes from DEVICE [0] memory} or
 * {@code cudaMalloc failed; Bytes: [...]} (a workspace, {@code CudaMemoryManager}), and from ops
 * {@code [DEVICE] allocation failed}, {@code Cannot allocate ...}, {@code out of memory} or
 * {@code cudaErrorMemoryAllocation}; cuBLAS and cuDNN say {@code ..._STATUS_ALLOC_FAILED}.
 */
final class AllocationFailure {

    private static final String[] SIGNS = { "allocation failed", "failed to allocate", "cannot allocate",
            "cudamalloc failed", "out of memory", "cudaerrormemoryallocation", "cuda_error_out_of_memory",
            "status_alloc_failed" };

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
