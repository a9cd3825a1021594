// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.factory.Nd4jBackend;

import dev.lamina.run.config.Backend;

/**
 * This machine's GPUs and this build's CUDA back end, read once before ND4J loads, and the decisions made from them.
 * Naming {@link Nd4jBackend} only loads the class; ND4J itself starts on the first use of {@code Nd4j}.
 */
public final class Devices {

    /** The class of ND4J's CUDA back end, which only the CUDA fragment of the libs bundle carries. */
    static final String CUDA_BACKEND_CLASS = "org/nd4j/linalg/jcublas/JCublasBackend.class";

    private static volatile GpuInventory inventory;

    private Devices() {
    }

    /** The GPUs, probed on the first call with {@link NvidiaSmiProbe} (a fraction of a second, or none). */
    public static GpuInventory inventory() {
        GpuInventory found = inventory;
        if (found == null) {
            found = NvidiaSmiProbe.system().probe();
            inventory = found;
        }
        return found;
    }

    /** Whether this build carries ND4J's CUDA back end (the {@code lamina-cuda} archive). */
    public static boolean cudaBackEndPresent() {
        return Nd4jBackend.class.getClassLoader().getResource(CUDA_BACKEND_CLASS) != null;
    }

    /** Where a run that asks for {@code choice} on GPU {@code device} computes on this machine. */
    public static BackendDecision decide(Backend choice, int device) {
        return BackendDecider.decide(inventory(), CudaBuild.ND4J_CUDA_11_6, cudaBackEndPresent(), choice, device);
    }

    /**
     * The memory a run on CUDA may use: the free memory, as probed before ND4J loaded, of the GPU this process trains
     * on (the first of {@code CUDA_VISIBLE_DEVICES}, which the lamina launcher sets to the chosen GPU; else GPU 0), or
     * its total where the driver does not say; 0 when not known.
     */
    public static long trainingGpuBytes() {
        return gpuBytes(inventory(), System.getenv("CUDA_VISIBLE_DEVICES"));
    }

    static long gpuBytes(GpuInventory inventory, String visibleDevices) {
        int index = 0;
        if (visibleDevices != null && !visibleDevices.isBlank()) {
            try {
                index = Integer.parseInt(visibleDevices.split(",")[0].trim());
            } catch (NumberFormatException e) {
                return 0; // GPU UUIDs or MIG names: not nvidia-smi's numbers
            }
        }
        for (GpuDevice gpu : inventory.devices()) {
            if (gpu.index() == index) {
                return gpu.freeMemory().orElse(gpu.totalMemory());
            }
        }
        return 0;
    }

    /** {@code CUDA back end absent (CPU-only build); no NVIDIA driver (libcuda.so.1 not found)}. */
    public static String cudaSummary() {
        return (cudaBackEndPresent() ? "CUDA back end present (" + CudaBuild.ND4J_CUDA_11_6.name() + ", "
                + CudaBuild.ND4J_CUDA_11_6.range() + ")" : "CUDA back end absent (CPU-only build)") + "; "
                + inventory().summary();
    }

    /** One line per GPU: what it is and whether this build can train on it. */
    public static List<String> gpuLines() {
        List<String> lines = new ArrayList<>();
        boolean cuda = cudaBackEndPresent();
        for (GpuDevice gpu : inventory().devices()) {
            BackendDecision decision = BackendDecider.decide(inventory(), CudaBuild.ND4J_CUDA_11_6, cuda, Backend.CUDA,
                    gpu.index());
            lines.add(gpu.describe() + ": " + (decision.refused()
                    ? "not usable (" + decision.reason().replaceFirst("^backend cuda: ", "") + ")"
                    : "usable"));
        }
        return lines;
    }
}
