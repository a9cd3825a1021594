// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.Locale;

import org.bytedeco.javacpp.Pointer;

import dev.lamina.core.model.Model;
import dev.lamina.core.shape.ShapeInference;
import dev.lamina.core.summary.TrainingMemory;

/**
 * The batch size that fits, said when a run runs out of memory: the model editor's per-sample activations and
 * parameters ({@link TrainingMemory}) with DL4J's measured appetite, against the memory this process may use for
 * tensors (JavaCPP's {@code maxPhysicalBytes}, which the launcher sets to three quarters of RAM, or the machine's
 * free memory).
 * <p>
 * DL4J keeps about {@value #DL4J_ACTIVATION_COPIES} times the activations the editor's framework-neutral estimate
 * counts (each layer's output and its gradient in workspaces sized for the largest layer, plus oneDNN's reordered
 * copies): the horses model's peak RSS less the idle process was 1.7 GiB at batch 32 (estimate 0.43 GiB) and 7.0 GiB
 * at batch 128 (estimate 1.7 GiB), 2026-12-02, docs/performance.md.
 */
final class BatchFit {

    /** DL4J's training memory over the editor's activation estimate, measured (see above). */
    static final int DL4J_ACTIVATION_COPIES = 4;

    private BatchFit() {
    }

    /** {@code "by the model's estimate (…), batch size 37 fits in the 17.9 GiB this process may use"}, or "". */
    static String advice(Model model, int batchSize, long usableBytes) {
        if (model == null || usableBytes <= 0) {
            return "";
        }
        TrainingMemory neutral = TrainingMemory.of(ShapeInference.analyze(model), batchSize);
        TrainingMemory estimate = new TrainingMemory(neutral.activationBytes() * DL4J_ACTIVATION_COPIES,
                neutral.parameterBytes(), batchSize);
        long largest = Math.min(estimate.largestBatchFitting(usableBytes), Integer.MAX_VALUE);
        String gib = String.format(Locale.ROOT, "%.1f GiB", usableBytes / (1024.0 * 1024 * 1024));
        if (largest <= 0) {
            return "by the engine's estimate not even its parameters fit in the " + gib + " this process may use";
        }
        long suggested = Math.max(1, Math.min(largest, batchSize - 1L));
        return String.format(Locale.ROOT, "by the engine's estimate (%.1f GiB at batch size %d), batch size %d fits"
                + " in the %s this process may use", estimate.total() / (1024.0 * 1024 * 1024), batchSize,
                suggested, gib);
    }

    /** What this process may allocate for tensors. */
    static long usableBytes() {
        long limit = Pointer.maxPhysicalBytes();
        return limit > 0 ? limit : Pointer.availablePhysicalBytes();
    }
}
