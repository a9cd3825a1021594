// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

/**
 * Finds the machine's NVIDIA GPUs without loading any CUDA library into this process, so that the back end can be
 * chosen before ND4J starts. {@link NvidiaSmiProbe} asks {@code nvidia-smi}; a probe through the CUDA driver API
 * ({@code java.lang.foreign} on {@code libcuda.so.1}) can replace it once the engine compiles for Java 22 or newer.
 */
public interface DeviceProbe {

    /** What this machine has; never throws: a failure is an inventory without devices and a note saying why. */
    GpuInventory probe();
}
