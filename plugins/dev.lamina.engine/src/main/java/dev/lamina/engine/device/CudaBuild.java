// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import java.util.List;

/**
 * The GPUs a CUDA build of ND4J can run on: the architectures its kernels carry machine code for. Machine code runs
 * only on GPUs of the same major version and the same or a later minor one, and without PTX nothing is compiled for
 * newer GPUs (docs/engine-facts.md, "GPU reach of ND4J CUDA").
 *
 * @param name          e.g. {@code ND4J CUDA 11.6}
 * @param architectures the machine-code architectures, oldest first
 */
public record CudaBuild(String name, List<ComputeCapability> architectures) {

    /** {@code org.nd4j:nd4j-cuda-11.6:1.0.0-M2.1}: sm_37, 50, 52, 60, 61, 70, 75, 80 and 86, no PTX. */
    public static final CudaBuild ND4J_CUDA_11_6 = new CudaBuild("ND4J CUDA 11.6", List.of(
            new ComputeCapability(3, 7), new ComputeCapability(5, 0), new ComputeCapability(5, 2),
            new ComputeCapability(6, 0), new ComputeCapability(6, 1), new ComputeCapability(7, 0),
            new ComputeCapability(7, 5), new ComputeCapability(8, 0), new ComputeCapability(8, 6)));

    public CudaBuild {
        architectures = List.copyOf(architectures);
        if (architectures.isEmpty()) {
            throw new IllegalArgumentException("a CUDA build carries code for at least one architecture");
        }
    }

    /** Whether a GPU of {@code capability} runs this build's kernels. */
    public boolean runsOn(ComputeCapability capability) {
        return architectures.stream().anyMatch(a -> a.major() == capability.major() && a.minor() <= capability.minor());
    }

    /** Whether {@code capability} is past everything this build carries (rather than too old for it). */
    public boolean isNewerThanBuild(ComputeCapability capability) {
        return capability.compareTo(architectures.getLast()) > 0;
    }

    /** {@code sm_37–sm_86}. */
    public String range() {
        return architectures.getFirst().sm() + "–" + architectures.getLast().sm();
    }
}
