// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * The GPU memory a run on CUDA may use ({@link Devices#gpuBytes}): what the GPU the launcher made visible had free
 * when probed, read from nvidia-smi's lines.
 */
class TrainingGpuMemoryTest {

    private static final long MIB = 1024L * 1024;

    @Test
    void theVisibleGpusFreeMemory() throws IOException {
        GpuInventory two = GpuInventory.of(NvidiaSmiProbe.parse(NvidiaSmiProbeTest.fixture("two-gpus.txt"), true));
        assertEquals(11003 * MIB, Devices.gpuBytes(two, "1"), "GPU 1, as CUDA_VISIBLE_DEVICES=1 says");
        assertEquals(23975 * MIB, Devices.gpuBytes(two, null), "GPU 0 when nothing says which");
        assertEquals(23975 * MIB, Devices.gpuBytes(two, "0,1"));
    }

    @Test
    void theTotalWhereTheDriverDoesNotSayWhatIsFreeAndNothingWhenUnknown() throws IOException {
        GpuInventory mig = GpuInventory.of(NvidiaSmiProbe.parse(NvidiaSmiProbeTest.fixture("mig.txt"), true));
        assertEquals(40960 * MIB, Devices.gpuBytes(mig, "0"));
        assertEquals(0, Devices.gpuBytes(mig, "GPU-5b1f0c2e-8d7a-4c1e-9f3a-1b2c3d4e5f60"));
        assertEquals(0, Devices.gpuBytes(mig, "3"));
        assertEquals(0, Devices.gpuBytes(GpuInventory.noDriver(), null));
    }
}
