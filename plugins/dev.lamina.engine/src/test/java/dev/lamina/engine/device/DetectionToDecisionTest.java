// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.run.config.Backend;

/**
 * The machines the issue names, from what the probe finds to where the run computes: a folder standing in for the
 * driver's library folder ({@code libcuda.so.1} or not) and a script standing in for {@code nvidia-smi} that prints a
 * fixture, read by {@link NvidiaSmiProbe} and decided by {@link BackendDecider} with the CUDA back end installed.
 */
class DetectionToDecisionTest {

    @TempDir
    Path dir;

    @Test
    void noDriver() {
        GpuInventory found = new NvidiaSmiProbe(List.of(dir), "nvidia-smi").probe();
        assertEquals(BackendDecision.cpu("no NVIDIA driver (libcuda.so.1 not found); training on the CPU"),
                decide(found, Backend.AUTO, 0));
        assertEquals(BackendDecision.refused("backend cuda: no NVIDIA driver (libcuda.so.1 not found); use backend cpu"
                + " or auto"), decide(found, Backend.CUDA, 0));
    }

    @Test
    void nvidiaSmiMissing() throws IOException {
        Files.createFile(dir.resolve("libcuda.so.1"));
        GpuInventory found = new NvidiaSmiProbe(List.of(dir), dir.resolve("bin/nvidia-smi").toString()).probe();
        BackendDecision auto = decide(found, Backend.AUTO, 0);
        assertEquals(Backend.CPU, auto.backend());
        assertTrue(auto.reason().startsWith("NVIDIA driver present, but " + dir.resolve("bin/nvidia-smi")
                + " could not be run, so the GPUs are unknown (") && auto.reason().endsWith("; training on the CPU"),
                auto.reason());
        BackendDecision cuda = decide(found, Backend.CUDA, 0);
        assertTrue(cuda.refused() && cuda.reason().startsWith("backend cuda: NVIDIA driver present, but ")
                && cuda.reason().endsWith("; use backend cpu or auto"), cuda.reason());
    }

    @Test
    void sm61Pascal() throws IOException {
        assertEquals(BackendDecision.cuda(0, "GPU 0 NVIDIA GeForce GTX 1080 (compute capability 6.1) runs ND4J CUDA"
                + " 11.6 (backend auto)"), decide(probe("gtx1080.txt"), Backend.AUTO, 0));
    }

    @Test
    void sm86Ampere() throws IOException {
        assertEquals(BackendDecision.cuda(0, "GPU 0 NVIDIA GeForce RTX 3080 (compute capability 8.6) runs ND4J CUDA"
                + " 11.6"), decide(probe("rtx3080.txt"), Backend.CUDA, 0));
    }

    @Test
    void sm89AdaRunsTheSm86Code() throws IOException {
        assertEquals(BackendDecision.cuda(0, "GPU 0 NVIDIA GeForce RTX 4090 (compute capability 8.9) runs ND4J CUDA"
                + " 11.6 (backend auto)"), decide(probe("two-gpus.txt"), Backend.AUTO, 0));
    }

    @Test
    void sm90HopperFallsBackOrIsRefused() throws IOException {
        GpuInventory h200 = probe("h200.txt");
        assertEquals(BackendDecision.cpu("GPU NVIDIA H200 (compute capability 9.0) is newer than this ND4J CUDA 11.6"
                + " build supports (sm_37–sm_86); training on the CPU"), decide(h200, Backend.AUTO, 0));
        assertEquals(BackendDecision.refused("backend cuda: GPU NVIDIA H200 (compute capability 9.0) is newer than"
                + " this ND4J CUDA 11.6 build supports (sm_37–sm_86); use backend cpu"), decide(h200, Backend.CUDA, 0));
    }

    @Test
    void twoDevicesOfDifferentCapability() throws IOException {
        GpuInventory two = probe("h100-and-rtx3090.txt");
        assertEquals(2, two.devices().size());
        assertEquals(Backend.CPU, decide(two, Backend.AUTO, 0).backend());
        assertTrue(decide(two, Backend.CUDA, 0).reason().startsWith("backend cuda: GPU NVIDIA H100 80GB HBM3"
                + " (compute capability 9.0) is newer than"));
        assertEquals(BackendDecision.cuda(1, "GPU 1 NVIDIA GeForce RTX 3090 (compute capability 8.6) runs ND4J CUDA"
                + " 11.6"), decide(two, Backend.CUDA, 1));
        assertEquals(BackendDecision.cuda(1, "GPU 1 NVIDIA GeForce RTX 3090 (compute capability 8.6) runs ND4J CUDA"
                + " 11.6 (backend auto)"), decide(two, Backend.AUTO, 1));
        // the Pascal and Ada pair: both usable, each by its number
        GpuInventory pair = probe("two-gpus.txt");
        assertEquals(BackendDecision.cuda(1, "GPU 1 NVIDIA GeForce GTX 1080 Ti (compute capability 6.1) runs ND4J CUDA"
                + " 11.6"), decide(pair, Backend.CUDA, 1));
    }

    private static BackendDecision decide(GpuInventory found, Backend choice, int device) {
        return BackendDecider.decide(found, CudaBuild.ND4J_CUDA_11_6, true, choice, device);
    }

    /** The inventory the probe reads from a driver folder and an {@code nvidia-smi} that prints {@code fixture}. */
    private GpuInventory probe(String fixture) throws IOException {
        if (!Files.exists(dir.resolve("libcuda.so.1"))) {
            Files.createFile(dir.resolve("libcuda.so.1"));
        }
        Path output = Files.writeString(dir.resolve(fixture), NvidiaSmiProbeTest.fixture(fixture));
        Path script = Files.writeString(dir.resolve("nvidia-smi"), "#!/bin/sh\ncat " + output + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new NvidiaSmiProbe(List.of(dir), script.toString()).probe();
    }
}
