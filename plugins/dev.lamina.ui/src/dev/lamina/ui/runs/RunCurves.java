// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.lamina.run.config.RunFile;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;

/**
 * The curves and header of one run, filled from the engine's events as a run trains (on the training thread) or
 * read from a run folder's {@code iterations.csv} and {@code metrics.csv}; the view reads a {@link Snapshot} on the
 * UI thread. The x axis is in epochs: batch b of epoch e of n batches is at {@code e - 1 + b / n}, an epoch's
 * validation at {@code e}.
 */
public final class RunCurves implements RunListener {

    /** What the view draws, copied under the lock. */
    public record Snapshot(String name, int epoch, int epochs, int batch, int batches, double imagesPerSecond,
            String status, double[] trainX, double[] trainLoss, double[] trainAccuracy, double[] validationX,
            double[] validationLoss, double[] validationAccuracy) {
    }

    private String name;
    private final List<double[]> training = new ArrayList<>();
    private final List<EpochMetrics> epochsDone = new ArrayList<>();
    private int epoch;
    private int epochs;
    private int batch;
    private int batches;
    private double imagesPerSecond;
    private String status;
    private boolean finished;

    public RunCurves(String name, String status) {
        this.name = name;
        this.status = status;
    }

    /** The curves of a past run from its folder; the status is how the run ended, read from its log. */
    public static RunCurves read(Path folder) throws IOException {
        RunCurves curves = new RunCurves(folder.getFileName().toString(), outcome(folder.resolve(RunLayout.LOG)));
        Path iterations = folder.resolve(RunLayout.ITERATIONS);
        if (Files.isRegularFile(iterations)) {
            List<String[]> rows = new ArrayList<>();
            int batches = 0; // every epoch has as many batches; the last one of a stopped run may have fewer rows
            for (String line : Files.readAllLines(iterations, StandardCharsets.UTF_8)) {
                String[] cells = line.split(",");
                if (cells.length < 4 || cells[0].isEmpty() || !Character.isDigit(cells[0].charAt(0))) {
                    continue;
                }
                rows.add(cells);
                batches = Math.max(batches, Integer.parseInt(cells[1]));
            }
            for (String[] cells : rows) {
                curves.addBatch(Integer.parseInt(cells[0]), Integer.parseInt(cells[1]), batches,
                        Double.parseDouble(cells[2]), Double.parseDouble(cells[3]));
                if (cells.length > 4) {
                    curves.imagesPerSecond = Double.parseDouble(cells[4]);
                }
            }
        }
        List<EpochMetrics> metrics = MetricsCsv.read(folder.resolve(RunLayout.METRICS));
        int planned = plannedEpochs(folder.resolve(RunLayout.RUN));
        synchronized (curves) {
            curves.epochsDone.addAll(metrics);
            curves.epochs = Math.max(planned, Math.max(curves.epochs, metrics.size()));
            curves.epoch = Math.max(curves.epoch, metrics.size());
            curves.finished = true;
        }
        return curves;
    }

    /** The epochs the run planned, from the run.json in its folder; 0 when it cannot be read. */
    private static int plannedEpochs(Path runFile) {
        try {
            return Files.isRegularFile(runFile) ? RunFile.load(runFile).epochs() : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String outcome(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        String status = "";
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            for (RunResult.Outcome outcome : RunResult.Outcome.values()) {
                if (line.startsWith(outcome + ":")) {
                    status = statusOf(outcome);
                }
            }
        }
        return status;
    }

    static String statusOf(RunResult.Outcome outcome) {
        return switch (outcome) {
            case COMPLETED -> "completed";
            case REACHED_TARGET -> "reached the target";
            case EARLY_STOPPED -> "stopped early";
            case CANCELLED -> "stopped";
            case NON_FINITE_LOSS -> "failed: the loss is not finite";
            case OUT_OF_MEMORY -> "failed: out of memory";
        };
    }

    private synchronized void addBatch(int e, int b, int n, double loss, double accuracy) {
        training.add(new double[] { e - 1 + (double) b / Math.max(1, n), loss, accuracy });
        epoch = e;
        batch = b;
        batches = n;
        epochs = Math.max(epochs, e);
    }

    @Override
    public synchronized void started(RunStart start) {
        epochs = start.epochs();
        batches = start.batchesPerEpoch();
        epoch = start.firstEpoch();
    }

    @Override
    public void iteration(IterationProgress p) {
        synchronized (this) {
            imagesPerSecond = p.samplesPerSecond();
        }
        addBatch(p.epoch(), p.batch(), p.batches(), p.loss(), p.meanAccuracy());
    }

    @Override
    public synchronized void epochEnded(EpochReport report) {
        epochsDone.add(report.metrics());
        imagesPerSecond = report.samplesPerSecond();
    }

    @Override
    public synchronized void finished(RunResult result) {
        status = statusOf(result.outcome());
        finished = true;
    }

    public synchronized void setName(String name) {
        this.name = name;
    }

    public synchronized void setStatus(String status) {
        this.status = status;
    }

    public synchronized boolean isFinished() {
        return finished;
    }

    /** Marks the run as ended without a result (it failed before or while training). */
    public synchronized void failed(String message) {
        status = message;
        finished = true;
    }

    public synchronized Snapshot snapshot() {
        int n = training.size();
        double[] x = new double[n];
        double[] loss = new double[n];
        double[] accuracy = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = training.get(i);
            x[i] = row[0];
            loss[i] = row[1];
            accuracy[i] = row[2];
        }
        List<EpochMetrics> validated = epochsDone.stream().filter(m -> !Double.isNaN(m.valLoss())).toList();
        double[] vx = new double[validated.size()];
        double[] vLoss = new double[validated.size()];
        double[] vAccuracy = new double[validated.size()];
        for (int i = 0; i < validated.size(); i++) {
            vx[i] = validated.get(i).epoch();
            vLoss[i] = validated.get(i).valLoss();
            vAccuracy[i] = validated.get(i).valAccuracy();
        }
        return new Snapshot(name, epoch, epochs, batch, batches, imagesPerSecond, status, x, loss, accuracy, vx, vLoss,
                vAccuracy);
    }

    /** An exponential moving average, TensorBoard's smoothing, with its start debiased. */
    public static double[] smooth(double[] values, double weight) {
        double[] out = new double[values.length];
        double last = 0;
        double debias = 1;
        for (int i = 0; i < values.length; i++) {
            last = last * weight + (1 - weight) * values[i];
            debias *= weight;
            out[i] = last / (1 - debias);
        }
        return out;
    }

    /** The index of the best value: the lowest when {@code lowerIsBetter}, else the highest; -1 when empty. */
    public static int best(double[] values, boolean lowerIsBetter) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (best < 0 || (lowerIsBetter ? values[i] < values[best] : values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }
}
