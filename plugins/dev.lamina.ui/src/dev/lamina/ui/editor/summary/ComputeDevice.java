// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.summary;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import javax.management.ObjectName;

import org.eclipse.osgi.util.NLS;

import dev.lamina.core.summary.Summary;
import dev.lamina.engine.device.GpuDevice;
import dev.lamina.ui.internal.Messages;

/**
 * A device training could run on, with its memory. The CPU's is the machine's physical memory (read
 * from the JVM's operating-system bean); this machine's GPUs come with their free memory (the engine's device probe,
 * run off the UI thread by the Summary page); the rest are common GPU sizes.
 */
public record ComputeDevice(String label, long bytes) {

    private static final long GIB = 1L << 30;
    private static final int[] GPU_GIB = {4, 8, 12, 16, 24, 40, 48, 80};

    /** The CPU, then the GPU sizes. */
    public static List<ComputeDevice> all() {
        return all(List.of());
    }

    /**
     * The CPU, this machine's GPUs with the memory they have free now (their total where the driver does not say),
     * then the common GPU sizes to compare with.
     */
    public static List<ComputeDevice> all(List<GpuDevice> gpus) {
        List<ComputeDevice> devices = new ArrayList<>();
        long ram = systemMemory();
        devices.add(new ComputeDevice(NLS.bind(Messages.Summary_cpu, Summary.memory(ram)), ram));
        for (GpuDevice gpu : gpus) {
            long free = gpu.freeMemory().orElse(gpu.totalMemory());
            devices.add(new ComputeDevice(NLS.bind(Messages.Summary_thisGpu, new Object[] { gpu.index(), gpu.name(),
                Summary.memory(free) }), free));
        }
        for (int gib : GPU_GIB) {
            devices.add(new ComputeDevice(NLS.bind(Messages.Summary_gpu, gib), gib * GIB));
        }
        return devices;
    }

    /** The physical memory, or the JVM's maximum heap where the platform does not say. */
    static long systemMemory() {
        try {
            Object total = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "TotalMemorySize");
            if (total instanceof Long bytes && bytes > 0) {
                return bytes;
            }
        } catch (Exception | LinkageError e) {
            // not a HotSpot-style JVM: fall back to the heap limit
        }
        return Runtime.getRuntime().maxMemory();
    }
}
