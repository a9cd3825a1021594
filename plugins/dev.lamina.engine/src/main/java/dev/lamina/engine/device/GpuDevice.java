// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import java.util.Locale;
import java.util.Optional;

/**
 * One NVIDIA GPU as the driver reports it, before any CUDA library is loaded.
 *
 * @param index        the driver's device number (what {@code device} in a run file names)
 * @param name         e.g. {@code NVIDIA GeForce RTX 3080}
 * @param totalMemory  bytes of GPU memory
 * @param freeMemory   bytes free when probed; empty where the driver does not say
 * @param capability   the compute capability; empty where the driver does not say (drivers before 510)
 */
public record GpuDevice(int index, String name, long totalMemory, Optional<Long> freeMemory,
        Optional<ComputeCapability> capability) {

    public GpuDevice {
        if (index < 0 || name == null || freeMemory == null || capability == null) {
            throw new IllegalArgumentException("GPU index must be >= 0 and its fields present");
        }
    }

    /** {@code GPU 0 NVIDIA GeForce RTX 3080, 10.0 GiB (9.6 GiB free), compute capability 8.6}. */
    public String describe() {
        return "GPU " + index + " " + name + ", " + gib(totalMemory)
                + freeMemory.map(free -> " (" + gib(free) + " free)").orElse("")
                + ", compute capability " + capability.map(ComputeCapability::toString).orElse("unknown");
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
