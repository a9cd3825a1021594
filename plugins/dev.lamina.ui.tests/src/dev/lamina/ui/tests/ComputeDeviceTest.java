// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.lamina.engine.device.ComputeCapability;
import dev.lamina.engine.device.GpuDevice;
import dev.lamina.ui.editor.summary.ComputeDevice;

/** The Summary page's devices: the CPU, this machine's GPUs with their free memory, then common sizes. */
class ComputeDeviceTest {

    private static final long GIB = 1L << 30;

    @Test
    void aDetectedGpuIsMeasuredByTheMemoryItHasFree() {
        GpuDevice busy = new GpuDevice(0, "NVIDIA GeForce RTX 3080", 10 * GIB, Optional.of(3 * GIB),
                ComputeCapability.parse("8.6"));
        GpuDevice unknown = new GpuDevice(1, "Tesla T4", 16 * GIB, Optional.empty(), Optional.empty());
        List<ComputeDevice> devices = ComputeDevice.all(List.of(busy, unknown));
        assertEquals(ComputeDevice.all().size() + 2, devices.size());
        assertTrue(devices.get(0).label().startsWith("CPU"), devices.get(0).label());
        assertEquals(3 * GIB, devices.get(1).bytes(), "free, not total");
        assertTrue(devices.get(1).label().contains("RTX 3080") && devices.get(1).label().contains("free"),
                devices.get(1).label());
        assertEquals(16 * GIB, devices.get(2).bytes(), "the total where the driver does not say what is free");
        assertEquals(ComputeDevice.all().subList(1, ComputeDevice.all().size()), devices.subList(3, devices.size()));
    }
}
