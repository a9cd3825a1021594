// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.lamina.run.config.Backend;

class BackendDeciderTest {

    private static final CudaBuild BUILD = CudaBuild.ND4J_CUDA_11_6;
    private static final long GIB = 1024L * 1024 * 1024;

    static GpuDevice gpu(int index, String name, int major, int minor) {
        return new GpuDevice(index, name, 24 * GIB, Optional.of(20 * GIB),
                Optional.of(new ComputeCapability(major, minor)));
    }

    static GpuInventory one(String name, int major, int minor) {
        return GpuInventory.of(List.of(gpu(0, name, major, minor)));
    }

    static BackendDecision decide(GpuInventory inventory, boolean cuda, Backend choice, int device) {
        BackendDecision decision = BackendDecider.decide(inventory, BUILD, cuda, choice, device);
        assertFalse(decision.reason().contains("\n"), decision.reason());
        return decision;
    }

    @Test
    void supportedGpusTrainOnCuda() {
        for (Backend choice : List.of(Backend.AUTO, Backend.CUDA)) {
            assertEquals(BackendDecision.cuda(0, "GPU 0 NVIDIA GeForce RTX 3080 (compute capability 8.6) runs"
                    + " ND4J CUDA 11.6" + (choice == Backend.AUTO ? " (backend auto)" : "")),
                    decide(one("NVIDIA GeForce RTX 3080", 8, 6), true, choice, 0));
            // Ada runs the sm_86 code; Pascal the sm_61 code
            assertEquals(Backend.CUDA, decide(one("NVIDIA GeForce RTX 4090", 8, 9), true, choice, 0).backend());
            assertEquals(Backend.CUDA, decide(one("NVIDIA GeForce GTX 1080", 6, 1), true, choice, 0).backend());
            assertEquals(Backend.CUDA, decide(one("Tesla K80", 3, 7), true, choice, 0).backend());
            assertEquals(Backend.CUDA, decide(one("Jetson Xavier", 7, 2), true, choice, 0).backend());
        }
    }

    @Test
    void hopperAndBlackwellFallBackToTheCpuOnAutoAndAreRefusedOnCuda() {
        assertEquals(BackendDecision.cpu("GPU NVIDIA H200 (compute capability 9.0) is newer than this ND4J CUDA 11.6"
                + " build supports (sm_37–sm_86); training on the CPU"),
                decide(one("NVIDIA H200", 9, 0), true, Backend.AUTO, 0));
        assertEquals(BackendDecision.refused("backend cuda: GPU NVIDIA H200 (compute capability 9.0) is newer than"
                + " this ND4J CUDA 11.6 build supports (sm_37–sm_86); use backend cpu"),
                decide(one("NVIDIA H200", 9, 0), true, Backend.CUDA, 0));
        BackendDecision b200 = decide(one("NVIDIA B200", 10, 0), true, Backend.AUTO, 0);
        assertEquals(Backend.CPU, b200.backend());
        assertTrue(b200.reason().startsWith("GPU NVIDIA B200 (compute capability 10.0) is newer than"), b200.reason());
        assertTrue(decide(one("NVIDIA B200", 10, 0), true, Backend.CUDA, 0).refused());
    }

    @Test
    void gpusOlderThanTheBuildAreNotUsed() {
        BackendDecision k40 = decide(one("Tesla K40", 3, 5), true, Backend.AUTO, 0);
        assertEquals(BackendDecision.cpu("GPU Tesla K40 (compute capability 3.5) is not one this ND4J CUDA 11.6"
                + " build supports (sm_37–sm_86); training on the CPU"), k40);
        assertTrue(decide(one("Tesla K40", 3, 5), true, Backend.CUDA, 0).refused());
    }

    @Test
    void noDriverMeansCpuOrARefusal() {
        assertEquals(BackendDecision.cpu("no NVIDIA driver (libcuda.so.1 not found); training on the CPU"),
                decide(GpuInventory.noDriver(), true, Backend.AUTO, 0));
        assertEquals(BackendDecision.refused("backend cuda: no NVIDIA driver (libcuda.so.1 not found); use backend cpu"
                + " or auto"), decide(GpuInventory.noDriver(), true, Backend.CUDA, 0));
        // auto on a machine with no GPU ignores the device number
        assertEquals(Backend.CPU, decide(GpuInventory.noDriver(), false, Backend.AUTO, 3).backend());
    }

    @Test
    void nvidiaSmiMissingMeansUnknownGpusAndTheCpu() {
        GpuInventory unknown = GpuInventory.unreadable("NVIDIA driver present, but nvidia-smi could not be run, so"
                + " the GPUs are unknown (No such file or directory)");
        BackendDecision auto = decide(unknown, true, Backend.AUTO, 0);
        assertEquals(Backend.CPU, auto.backend());
        assertTrue(auto.reason().endsWith("; training on the CPU"), auto.reason());
        assertTrue(decide(unknown, true, Backend.CUDA, 0).reason().startsWith("backend cuda: NVIDIA driver present,"));
        GpuInventory old = GpuInventory.of(List.of(new GpuDevice(0, "Tesla K80", 12 * GIB, Optional.empty(),
                Optional.empty())));
        assertEquals(Backend.CPU, decide(old, true, Backend.AUTO, 0).backend());
        assertTrue(decide(old, true, Backend.CUDA, 0).reason().contains("does not report its compute capability"));
    }

    @Test
    void withoutTheCudaFragmentAutoTrainsOnTheCpuWithAHint() {
        assertEquals(BackendDecision.cpu("GPU NVIDIA GeForce RTX 3080 found, but this Lamina build has no CUDA back"
                + " end (the lamina-cuda archive has one); training on the CPU"),
                decide(one("NVIDIA GeForce RTX 3080", 8, 6), false, Backend.AUTO, 0));
        assertEquals(BackendDecision.refused("backend cuda: this Lamina build has no CUDA back end (the lamina-cuda"
                + " archive has one); use backend cpu or auto"),
                decide(one("NVIDIA GeForce RTX 3080", 8, 6), false, Backend.CUDA, 0));
    }

    @Test
    void cpuIsAlwaysTheCpu() {
        BackendDecision cpu = BackendDecision.cpu("backend cpu chosen; training on the CPU");
        assertEquals(cpu, decide(one("NVIDIA GeForce RTX 3080", 8, 6), true, Backend.CPU, 0));
        assertEquals(cpu, decide(GpuInventory.noDriver(), false, Backend.CPU, 5));
    }

    @Test
    void twoGpusOfDifferentCapabilityAreChosenByDevice() {
        GpuInventory two = GpuInventory.of(List.of(gpu(0, "NVIDIA H100", 9, 0), gpu(1, "NVIDIA A100", 8, 0)));
        assertEquals(Backend.CPU, decide(two, true, Backend.AUTO, 0).backend());
        assertTrue(decide(two, true, Backend.CUDA, 0).refused());
        assertEquals(BackendDecision.cuda(1, "GPU 1 NVIDIA A100 (compute capability 8.0) runs ND4J CUDA 11.6"),
                decide(two, true, Backend.CUDA, 1));
        assertEquals(Backend.CUDA, decide(two, true, Backend.AUTO, 1).backend());
    }

    @Test
    void aDeviceOutOfRangeIsRefusedNamingTheCount() {
        assertEquals(BackendDecision.refused("device 1: this machine has 1 NVIDIA GPU (device 0)"),
                decide(one("NVIDIA GeForce RTX 3080", 8, 6), true, Backend.CUDA, 1));
        GpuInventory two = GpuInventory.of(List.of(gpu(0, "A", 8, 6), gpu(1, "B", 8, 6)));
        assertEquals(BackendDecision.refused("device 2: this machine has 2 NVIDIA GPUs (devices 0–1)"),
                decide(two, true, Backend.AUTO, 2));
    }

    @Test
    void theBuildsReachIsReadFromItsArchitectures() {
        assertEquals("sm_37–sm_86", BUILD.range());
        for (String runs : List.of("3.7", "5.0", "5.2", "5.3", "6.0", "6.1", "6.2", "7.0", "7.2", "7.5", "8.0", "8.6",
                "8.7", "8.9")) {
            assertTrue(BUILD.runsOn(ComputeCapability.parse(runs).orElseThrow()), runs);
        }
        for (String not : List.of("3.0", "3.5", "9.0", "10.0", "12.0")) {
            assertFalse(BUILD.runsOn(ComputeCapability.parse(not).orElseThrow()), not);
        }
        assertEquals(Optional.empty(), ComputeCapability.parse("[N/A]"));
        assertEquals(Optional.empty(), ComputeCapability.parse("9"));
        assertEquals("sm_90", ComputeCapability.parse(" 9.0 ").orElseThrow().sm());
    }
}
