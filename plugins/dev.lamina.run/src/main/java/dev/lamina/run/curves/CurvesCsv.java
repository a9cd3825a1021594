// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.data.DataException;
import dev.lamina.run.metrics.EpochMetrics;

import static dev.lamina.run.metrics.MetricsCsv.number;

/**
 * The curves a Run view exports (docs/run-folder.md, "Exported curves"): every training step, never decimated, with
 * its smoothed values, then every validated epoch. Columns {@link #COLUMNS}; {@code kind} is {@code training} or
 * {@code validation}; a validation row has no batch, its loss and accuracy are the validation ones and no smoothed
 * values. Numbers as in {@code metrics.csv}; an empty cell is "not measured".
 */
public final class CurvesCsv {

    public static final List<String> COLUMNS = List.of("kind", "epoch", "batch", "step", "seconds", "loss",
            "accuracy", "smoothed_loss", "smoothed_accuracy");

    private CurvesCsv() {
    }

    /** The file text for {@code curves}, smoothed with {@code weight} ({@link Smoothing#exponential}). */
    public static String format(TrainingCurves curves, double weight) {
        List<BatchPoint> steps = curves.steps();
        double[] loss = new double[steps.size()];
        double[] accuracy = new double[steps.size()];
        for (int i = 0; i < loss.length; i++) {
            loss[i] = steps.get(i).loss();
            accuracy[i] = steps.get(i).accuracy();
        }
        double[] smoothLoss = Smoothing.exponential(loss, weight);
        double[] smoothAccuracy = Smoothing.exponential(accuracy, weight);
        StringBuilder out = new StringBuilder(steps.size() * 64).append(String.join(",", COLUMNS)).append('\n');
        for (int i = 0; i < loss.length; i++) {
            BatchPoint p = steps.get(i);
            out.append("training,").append(p.epoch()).append(',').append(p.batch()).append(',').append(p.step())
                    .append(',').append(number(p.seconds())).append(',').append(number(loss[i])).append(',')
                    .append(number(accuracy[i])).append(',').append(number(smoothLoss[i])).append(',')
                    .append(number(smoothAccuracy[i])).append('\n');
        }
        int batches = curves.batchesPerEpoch();
        for (EpochMetrics m : curves.epochs()) {
            if (Double.isNaN(m.valLoss()) && Double.isNaN(m.valAccuracy())) {
                continue;
            }
            out.append("validation,").append(m.epoch()).append(",,").append((long) m.epoch() * batches).append(',')
                    .append(number(curves.secondsAtEndOf(m.epoch()))).append(',').append(number(m.valLoss()))
                    .append(',').append(number(m.valAccuracy())).append(",,\n");
        }
        return out.toString();
    }

    /** Writes {@link #format} to {@code file} atomically (temporary file, then rename). */
    public static void write(Path file, TrainingCurves curves, double weight) {
        try {
            AtomicFile.write(file, format(curves, weight));
        } catch (IOException e) {
            throw new DataException(file, "cannot write (" + e.getMessage() + ")", e);
        }
    }
}
