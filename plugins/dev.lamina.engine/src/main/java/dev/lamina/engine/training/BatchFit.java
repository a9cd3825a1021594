// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.Locale;

import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.core.model.Model;
import dev.lamina.core.shape.ShapeInference;
import dev.lamina.core.summary.TrainingMemory;
import dev.lamina.engine.device.Devices;

/**
 * The batch size that fits, said when a run runs out of memory: the engine's estimate ({@link EngineMemory}, which
 * the model editor's Summary page shows too) against the memory this process may use for tensors: on the CPU
 * JavaCPP's {@code maxPhysicalBytes}, which the launcher sets to three quarters of RAM, or the machine's free memory;
 * on CUDA the free memory of the GPU the run trains on, as probed before ND4J loaded ({@link Devices}).
 */
final class BatchFit {

    private BatchFit() {
    }

    /** {@code "by the model's estimate (…), batch size 37 fits in the 17.9 GiB this process may use"}, or "". */
    static String advice(Model model, int batchSize, long usableBytes) {
        if (model == null || usableBytes <= 0) {
            return "";
        }
        TrainingMemory estimate = EngineMemory.of(TrainingMemory.of(ShapeInference.analyze(model), batchSize));
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

    /** What this process may allocate for tensors: on CUDA, what its GPU had free before the run; else host memory. */
    static long usableBytes() {
        if (!Nd4j.getEnvironment().isCPU()) {
            return Devices.trainingGpuBytes();
        }
        long limit = Pointer.maxPhysicalBytes();
        return limit > 0 ? limit : Pointer.availablePhysicalBytes();
    }
}
