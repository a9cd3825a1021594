// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.summary;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import javax.management.ObjectName;

import org.eclipse.osgi.util.NLS;

import dev.lamina.core.summary.Summary;
import dev.lamina.ui.internal.Messages;

/**
 * A device training could run on, with its memory. The CPU's is the machine's physical memory (read
 * from the JVM's operating-system bean, without touching the engine); GPUs are common sizes.
 */
public record ComputeDevice(String label, long bytes) {

    private static final long GIB = 1L << 30;
    private static final int[] GPU_GIB = {4, 8, 12, 16, 24, 40, 48, 80};

    /** The CPU, then the GPU sizes. */
    public static List<ComputeDevice> all() {
        List<ComputeDevice> devices = new ArrayList<>();
        long ram = systemMemory();
        devices.add(new ComputeDevice(NLS.bind(Messages.Summary_cpu, Summary.memory(ram)), ram));
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
