// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What the CPU and the CUDA back end throw when memory runs out is taken for out of memory (the run then stops with
 * the batch size that fits); other failures are not. The messages are the ones in ND4J's classes and libnd4j.
 */
class AllocationFailureTest {

    @Test
    void javaCppsErrorOnTheCpu() {
        assertTrue(AllocationFailure.is(new OutOfMemoryError("Physical memory usage is too high: physicalBytes (7G)"
                + " > maxPhysicalBytes (6G)")));
    }

    @Test
    void ndFoursBufferOrWorkspaceThatCannotBeAllocatedOnTheGpu() {
        assertTrue(AllocationFailure.is(new RuntimeException("Allocation failed: [[DEVICE] allocation failed]")));
        assertTrue(AllocationFailure.is(new RuntimeException("Failed to allocate 2147483648 bytes from DEVICE [0]"
                + " memory")));
        assertTrue(AllocationFailure.is(new RuntimeException("cudaMalloc failed; Bytes: [2147483648]; Error code [2];"
                + " DEVICE [0]")));
    }

    @Test
    void anOpWhoseCudaCallRanOutOfMemoryThroughItsCause() {
        RuntimeException cause = new RuntimeException("conv2d: cuDNN failed: CUDNN_STATUS_ALLOC_FAILED");
        assertTrue(AllocationFailure.is(new RuntimeException("Op [conv2d] execution failed", cause)));
        assertTrue(AllocationFailure.is(new IllegalStateException("cudaErrorMemoryAllocation")));
        assertTrue(AllocationFailure.is(new RuntimeException("CUDA error: out of memory")));
        assertTrue(AllocationFailure.is(new RuntimeException("Op [conv2d] execution failed",
                new RuntimeException("helpers::resizeArea: Cannot allocate memory for cache"))));
    }

    @Test
    void otherFailuresAreNotOutOfMemory() {
        assertFalse(AllocationFailure.is(new IllegalStateException("Input shape [32, 1, 28, 28] does not match")));
        assertFalse(AllocationFailure.is(new RuntimeException("Op [matmul] execution failed",
                new IllegalArgumentException("wrong shapes"))));
        assertFalse(AllocationFailure.is(new NullPointerException()));
    }
}
