// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import dev.lamina.core.summary.TrainingMemory;

/**
 * What training takes on this engine, from the framework-neutral estimate ({@link TrainingMemory}: each layer's
 * output per sample × batch + the parameters × 4).
 * <p>
 * DL4J keeps about {@value #ACTIVATION_COPIES} times the activations that estimate counts (each layer's output and
 * its gradient, in workspaces sized for the largest layer, plus oneDNN's reordered copies): the horses model's peak
 * RSS less the idle process was 1.7 GiB at batch 32 (estimate 0.43 GiB) and 7.0 GiB at batch 128 (estimate
 * 1.7 GiB), AMD EPYC, 2026-12-02 (docs/performance.md). No ND4J class is touched here: the model editor asks it.
 * <p>
 * It counts the whole batch, erring on the safe side: on the CPU a batch larger than the step's parts take in one
 * pass ({@link dev.lamina.engine.performance.StepParallelism}) holds only a pass's activations at a time (the horses
 * model at batch 128 on 2 cores: 3.3–3.5 GiB peak against 6.2–6.4 GiB in one pass, 2026-12-03). Since the first
 * layer computes no input gradient and the step's tensors are kept (2026-12-03, eleventh session) the horses model
 * took 1.2 GiB above the idle process at batch 32 (about 2.8 times the neutral estimate) and 1.5 GiB at batch 128 in
 * passes: the factor above, measured before, now errs further on the safe side.
 */
public final class EngineMemory {

    /** DL4J's training memory over the neutral activation estimate, measured (see above). */
    public static final int ACTIVATION_COPIES = 4;

    private EngineMemory() {
    }

    /** The neutral estimate with this engine's appetite for activations. */
    public static TrainingMemory of(TrainingMemory neutral) {
        return new TrainingMemory(neutral.activationBytes() * ACTIVATION_COPIES, neutral.parameterBytes(),
                neutral.batchSize());
    }
}
