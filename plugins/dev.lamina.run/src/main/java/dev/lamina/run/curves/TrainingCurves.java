// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.lamina.data.DataException;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;

/**
 * A run's learning curves: every training step and every finished epoch, as a run's charts, its CSV export and the
 * coach read them. Immutable; a live run makes a new one per refresh.
 *
 * @param steps  every training step, in order
 * @param epochs every finished epoch, in order
 */
public record TrainingCurves(List<BatchPoint> steps, List<EpochMetrics> epochs) {

    public static final TrainingCurves EMPTY = new TrainingCurves(List.of(), List.of());

    public TrainingCurves {
        steps = List.copyOf(steps);
        epochs = List.copyOf(epochs);
    }

    /** The training loss per step. */
    public Series trainingLoss(XAxis axis) {
        return training(axis, true);
    }

    /** The training accuracy per step (the epoch's accuracy so far). */
    public Series trainingAccuracy(XAxis axis) {
        return training(axis, false);
    }

    /** The validation loss per epoch, leaving out epochs without validation. */
    public Series validationLoss(XAxis axis) {
        return validation(axis, true);
    }

    /** The validation accuracy per epoch, leaving out epochs without validation. */
    public Series validationAccuracy(XAxis axis) {
        return validation(axis, false);
    }

    /** Steps per epoch (the largest batch number seen); 0 without steps. */
    public int batchesPerEpoch() {
        int batches = 0;
        for (BatchPoint p : steps) {
            batches = Math.max(batches, p.batches());
        }
        return batches;
    }

    /** Seconds from the run's start to the end of {@code epoch} (its validation included). */
    public double secondsAtEndOf(int epoch) {
        double seconds = 0;
        for (EpochMetrics m : epochs) {
            if (m.epoch() <= epoch && Double.isFinite(m.seconds())) {
                seconds += m.seconds();
            }
        }
        return seconds;
    }

    private Series training(XAxis axis, boolean loss) {
        double[] x = new double[steps.size()];
        double[] y = new double[steps.size()];
        for (int i = 0; i < x.length; i++) {
            BatchPoint p = steps.get(i);
            x[i] = axis.of(p);
            y[i] = loss ? p.loss() : p.accuracy();
        }
        return new Series(x, y);
    }

    private Series validation(XAxis axis, boolean loss) {
        List<EpochMetrics> validated = epochs.stream().filter(m -> !Double.isNaN(loss ? m.valLoss() : m.valAccuracy()))
                .toList();
        double[] x = new double[validated.size()];
        double[] y = new double[validated.size()];
        int batches = batchesPerEpoch();
        for (int i = 0; i < x.length; i++) {
            EpochMetrics m = validated.get(i);
            x[i] = axis.ofEpochEnd(m.epoch(), batches, secondsAtEndOf(m.epoch()));
            y[i] = loss ? m.valLoss() : m.valAccuracy();
        }
        return new Series(x, y);
    }

    /**
     * The curves of the run in {@code folder}, from its {@code metrics.csv} and {@code iterations.csv}
     * (docs/run-folder.md). {@code iterations.csv} has no time column: a step's time is its epoch's start plus its
     * share of the epoch's seconds (for the unfinished last epoch of a stopped run, the mean seconds per step of the
     * finished epochs).
     *
     * @throws DataException naming the file and line when a file cannot be read
     */
    public static TrainingCurves read(Path folder) {
        List<EpochMetrics> epochs = MetricsCsv.read(folder.resolve(RunLayout.METRICS));
        Path iterations = folder.resolve(RunLayout.ITERATIONS);
        if (!Files.isRegularFile(iterations)) {
            return new TrainingCurves(List.of(), epochs);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(iterations, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException(iterations, "cannot read (" + e.getMessage() + ")", e);
        }
        List<double[]> rows = new ArrayList<>();
        int batches = 0; // every epoch has as many steps; the last one of a stopped run may have fewer rows
        for (int n = 0; n < lines.size(); n++) {
            String[] cells = lines.get(n).split(",", -1);
            if (cells.length < 4 || cells[0].isEmpty() || !Character.isDigit(cells[0].charAt(0))) {
                continue; // the header, a blank line
            }
            try {
                double[] row = { Integer.parseInt(cells[0].strip()), Integer.parseInt(cells[1].strip()),
                        Double.parseDouble(cells[2].strip()), Double.parseDouble(cells[3].strip()) };
                rows.add(row);
                batches = Math.max(batches, (int) row[1]);
            } catch (NumberFormatException e) {
                throw new DataException(iterations, "line " + (n + 1) + ": \"" + lines.get(n)
                        + "\" is not epoch,batch,loss,accuracy numbers");
            }
        }
        double finishedSeconds = 0;
        for (EpochMetrics m : epochs) {
            finishedSeconds += Double.isFinite(m.seconds()) ? m.seconds() : 0;
        }
        double perStep = epochs.isEmpty() || batches == 0 ? Double.NaN : finishedSeconds / (epochs.size() * batches);
        TrainingCurves times = new TrainingCurves(List.of(), epochs);
        List<BatchPoint> steps = new ArrayList<>(rows.size());
        for (double[] row : rows) {
            int epoch = (int) row[0];
            int batch = (int) row[1];
            double start = times.secondsAtEndOf(epoch - 1);
            EpochMetrics finished = epoch <= epochs.size() ? epochs.get(epoch - 1) : null;
            double within = finished != null && finished.epoch() == epoch
                    ? finished.seconds() * batch / batches : perStep * batch;
            steps.add(new BatchPoint(epoch, batch, batches, start + within, row[2], row[3]));
        }
        return new TrainingCurves(steps, epochs);
    }
}
