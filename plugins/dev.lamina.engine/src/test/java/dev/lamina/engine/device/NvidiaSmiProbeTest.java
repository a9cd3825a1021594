// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures are lines in the layout of {@code nvidia-smi --query-gpu=... --format=csv,noheader,nounits}
 * (comma and space between cells, memory in MiB, {@code [N/A]} for a value the driver does not give).
 */
class NvidiaSmiProbeTest {

    private static final long MIB = 1024L * 1024;

    @TempDir
    Path dir;

    static String fixture(String name) throws IOException {
        try (InputStream in = NvidiaSmiProbeTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsOneGpu() throws IOException {
        List<GpuDevice> gpus = NvidiaSmiProbe.parse(fixture("rtx3080.txt"), true);
        assertEquals(List.of(new GpuDevice(0, "NVIDIA GeForce RTX 3080", 10240 * MIB, Optional.of(9845 * MIB),
                Optional.of(new ComputeCapability(8, 6)))), gpus);
        assertEquals("GPU 0 NVIDIA GeForce RTX 3080, 10.0 GiB (9.6 GiB free), compute capability 8.6",
                gpus.get(0).describe());
    }

    @Test
    void readsHopperAndTwoGpusOfDifferentCapability() throws IOException {
        assertEquals(new ComputeCapability(9, 0), NvidiaSmiProbe.parse(fixture("h200.txt"), true).get(0).capability()
                .orElseThrow());
        List<GpuDevice> two = NvidiaSmiProbe.parse(fixture("two-gpus.txt"), true);
        assertEquals(2, two.size());
        assertEquals("NVIDIA GeForce GTX 1080 Ti", two.get(1).name());
        assertEquals(1, two.get(1).index());
        assertEquals(Optional.of(new ComputeCapability(6, 1)), two.get(1).capability());
        assertEquals(Optional.of(new ComputeCapability(8, 9)), two.get(0).capability());
    }

    @Test
    void readsValuesTheDriverDoesNotGive() throws IOException {
        GpuDevice mig = NvidiaSmiProbe.parse(fixture("mig.txt"), true).get(0);
        assertEquals("NVIDIA A100-SXM4-40GB MIG 3g.20gb", mig.name());
        assertEquals(Optional.empty(), mig.freeMemory());
        assertEquals(Optional.of(new ComputeCapability(8, 0)), mig.capability());
        GpuDevice k80 = NvidiaSmiProbe.parse(fixture("old-driver.txt"), false).get(0);
        assertEquals("Tesla K80", k80.name());
        assertEquals(Optional.empty(), k80.capability());
        assertEquals(Optional.of(11378 * MIB), k80.freeMemory());
    }

    @Test
    void refusesLinesItCannotRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NvidiaSmiProbe.parse("0, NVIDIA H200, lots, 1, 9.0\n", true));
        assertTrue(e.getMessage().contains("0, NVIDIA H200, lots"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NvidiaSmiProbe.parse("No devices were found", true));
        assertEquals(List.of(), NvidiaSmiProbe.parse("\n", true));
    }

    @Test
    void noDriverLibraryMeansNoGpusAndNoError() {
        GpuInventory inventory = new NvidiaSmiProbe(List.of(dir), "nvidia-smi").probe();
        assertFalse(inventory.driver());
        assertEquals(List.of(), inventory.devices());
        assertEquals("no NVIDIA driver (libcuda.so.1 not found)", inventory.summary());
    }

    @Test
    void driverWithoutNvidiaSmiSaysSo() throws IOException {
        Files.createFile(dir.resolve("libcuda.so.1"));
        GpuInventory inventory = new NvidiaSmiProbe(List.of(dir), dir.resolve("no-such-nvidia-smi").toString())
                .probe();
        assertTrue(inventory.driver());
        assertEquals(List.of(), inventory.devices());
        assertTrue(inventory.note().startsWith("NVIDIA driver present, but "), inventory.note());
        assertFalse(inventory.note().contains("\n"));
    }

    @Test
    void runsNvidiaSmiAndAsksOldDriversAgainWithoutComputeCapability() throws IOException {
        Files.createFile(dir.resolve("libcuda.so.1"));
        Path current = script("current", "cat " + copy("two-gpus.txt"));
        GpuInventory two = new NvidiaSmiProbe(List.of(dir), current.toString()).probe();
        assertEquals(2, two.devices().size());
        assertEquals("2 NVIDIA GPUs", two.summary());

        Path old = script("old", "case \"$1\" in *compute_cap*) cat " + copy("old-driver-error.txt") + "; exit 2;;"
                + " *) cat " + copy("old-driver.txt") + ";; esac");
        GpuInventory k80 = new NvidiaSmiProbe(List.of(dir), old.toString()).probe();
        assertEquals("Tesla K80", k80.devices().get(0).name());
        assertEquals(Optional.empty(), k80.devices().get(0).capability());

        Path failing = script("failing", "echo 'NVIDIA-SMI has failed because it couldn'\"'\"'t communicate with the"
                + " NVIDIA driver.'; exit 9");
        GpuInventory failed = new NvidiaSmiProbe(List.of(dir), failing.toString()).probe();
        assertEquals(List.of(), failed.devices());
        assertEquals("nvidia-smi failed (exit 9): NVIDIA-SMI has failed because it couldn't communicate with the"
                + " NVIDIA driver.", failed.note());
    }

    private Path copy(String fixture) throws IOException {
        return Files.writeString(dir.resolve(fixture), fixture(fixture));
    }

    private Path script(String name, String body) throws IOException {
        Path script = Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
