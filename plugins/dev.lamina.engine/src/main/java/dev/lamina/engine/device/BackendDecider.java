// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import java.util.List;

import dev.lamina.run.config.Backend;

/**
 * Chooses the back end of a run from the user's choice and what the machine has. A pure function: the same inputs
 * always give the same decision, so every case is unit-tested without a GPU.
 */
public final class BackendDecider {

    static final String NO_CUDA_BUILD = "this Lamina build has no CUDA back end (the lamina-cuda archive has one)";

    private BackendDecider() {
    }

    /**
     * @param inventory   the GPUs found (before ND4J loads)
     * @param build       the architectures the CUDA back end runs on
     * @param cudaPresent whether the CUDA back end is installed
     * @param choice      the user's {@code backend}
     * @param device      the user's {@code device} (which GPU)
     */
    public static BackendDecision decide(GpuInventory inventory, CudaBuild build, boolean cudaPresent, Backend choice,
            int device) {
        if (choice == Backend.CPU) {
            return BackendDecision.cpu("backend cpu chosen; training on the CPU");
        }
        boolean auto = choice == Backend.AUTO;
        List<GpuDevice> gpus = inventory.devices();
        if (gpus.isEmpty()) {
            String why = inventory.note().isEmpty() ? "no NVIDIA GPU found" : inventory.note();
            return auto ? BackendDecision.cpu(why + "; training on the CPU")
                    : BackendDecision.refused("backend cuda: " + why + "; use backend cpu or auto");
        }
        if (device >= gpus.size()) {
            return BackendDecision.refused("device " + device + ": this machine has " + gpus.size()
                    + (gpus.size() == 1 ? " NVIDIA GPU (device 0)" : " NVIDIA GPUs (devices 0–" + (gpus.size() - 1)
                            + ")"));
        }
        GpuDevice gpu = gpus.get(device);
        if (!cudaPresent) {
            return auto ? BackendDecision.cpu("GPU " + gpu.name() + " found, but " + NO_CUDA_BUILD
                    + "; training on the CPU")
                    : BackendDecision.refused("backend cuda: " + NO_CUDA_BUILD + "; use backend cpu or auto");
        }
        if (gpu.capability().isEmpty()) {
            String why = "GPU " + gpu.name() + " does not report its compute capability (NVIDIA driver older than"
                    + " 510?), so it is not known to run " + build.name();
            return auto ? BackendDecision.cpu(why + "; training on the CPU")
                    : BackendDecision.refused("backend cuda: " + why + "; update the driver or use backend cpu");
        }
        ComputeCapability capability = gpu.capability().get();
        if (!build.runsOn(capability)) {
            String why = "GPU " + gpu.name() + " (compute capability " + capability + ") is "
                    + (build.isNewerThanBuild(capability) ? "newer than" : "not one") + " this " + build.name()
                    + " build supports (" + build.range() + ")";
            return auto ? BackendDecision.cpu(why + "; training on the CPU")
                    : BackendDecision.refused("backend cuda: " + why + "; use backend cpu");
        }
        return BackendDecision.cuda(device, "GPU " + device + " " + gpu.name() + " (compute capability " + capability
                + ") runs " + build.name() + (auto ? " (backend auto)" : ""));
    }
}
