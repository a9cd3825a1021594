// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.lamina.run.config.Loss;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.StopCondition;
import dev.lamina.run.curves.BatchPoint;
import dev.lamina.run.curves.TrainingCurves;
import dev.lamina.run.curves.XAxis;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.BackendLogLine;
import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * The curves and header of one run, filled from the engine's events as a run trains (on the training thread) or
 * read from a run folder ({@link TrainingCurves#read}); the view reads a {@link Snapshot} on the UI thread. The
 * {@code train*} and {@code validation*} arrays are on the epoch axis ({@link XAxis#EPOCH}).
 */
public final class RunCurves implements RunListener {

    /**
     * What the view draws, copied under the lock.
     *
     * @param etaSeconds  the estimated time to the last planned epoch; NaN when unknown
     * @param device      the device the run trains on, as the engine names it; empty when not known (a past run)
     * @param memoryBytes the process's resident memory the engine reported at the last epoch's end (ND4J's
     *                    off-heap buffers included); 0 when not known
     * @param folder      the run folder; {@code null} before the run has one
     * @param stop        the run's stop condition; {@code null} when it has none
     * @param classes     the number of classes; 0 when not known
     * @param outcome     how the run ended; {@code null} while it trains
     * @param endMessage  the engine's message when a stop condition or early stopping ended the run, else empty
     */
    public record Snapshot(String name, int epoch, int epochs, int batch, int batches, double imagesPerSecond,
            String status, TrainingCurves curves, double etaSeconds, String device, long memoryBytes, Path folder,
            StopCondition stop, int classes, RunResult.Outcome outcome, String endMessage) {

        /** The training steps on the epoch axis ({@link XAxis#EPOCH}). */
        public double[] trainX() {
            return curves.trainingLoss(XAxis.EPOCH).x();
        }

        public double[] trainLoss() {
            return curves.trainingLoss(XAxis.EPOCH).y();
        }

        public double[] trainAccuracy() {
            return curves.trainingAccuracy(XAxis.EPOCH).y();
        }

        /** The validated epochs. */
        public double[] validationX() {
            return curves.validationLoss(XAxis.EPOCH).x();
        }

        public double[] validationLoss() {
            return curves.validationLoss(XAxis.EPOCH).y();
        }

        public double[] validationAccuracy() {
            return curves.validationAccuracy(XAxis.EPOCH).y();
        }
    }

    private String name;
    private final List<BatchPoint> training = new ArrayList<>();
    private final List<EpochMetrics> epochsDone = new ArrayList<>();
    private double secondsBefore;
    private int epoch;
    private int epochs;
    private int batch;
    private int batches;
    private double imagesPerSecond;
    private double etaSeconds = Double.NaN;
    private String status;
    private boolean finished;
    private String device = "";
    private String backend = "";
    private long memoryBytes;
    private Path folder;
    private StopCondition stop;
    private int classes;
    private RunResult.Outcome outcome;
    private String endMessage = "";

    public RunCurves(String name, String status) {
        this.name = name;
        this.status = status;
    }

    /** The curves of a past run from its folder; the status is how the run ended, read from its log. */
    public static RunCurves read(Path folder) throws IOException {
        RunCurves curves = new RunCurves(folder.getFileName().toString(), "");
        curves.ending(folder.resolve(RunLayout.LOG));
        TrainingCurves read = TrainingCurves.read(folder);
        synchronized (curves) {
            curves.training.addAll(read.steps());
            curves.epochsDone.addAll(read.epochs());
            curves.setFolder(folder);
            if (!read.steps().isEmpty()) {
                BatchPoint last = read.steps().getLast();
                curves.epoch = last.epoch();
                curves.batch = last.batch();
                curves.batches = last.batches();
            }
            curves.epochs = Math.max(curves.epochs, Math.max(curves.epoch, read.epochs().size()));
            curves.epoch = Math.max(curves.epoch, read.epochs().size());
            curves.imagesPerSecond = lastRate(folder.resolve(RunLayout.ITERATIONS));
            curves.device = recordedDevice(folder);
            curves.finished = true;
        }
        return curves;
    }

    /**
     * The device {@code status.json} recorded; empty for runs from before it existed, and for one whose status
     * cannot be read (the Runs view names that problem; the curves still show).
     */
    private static String recordedDevice(Path folder) {
        try {
            RunStatus status = RunStatus.read(folder);
            return status == null ? "" : status.device();
        } catch (IOException e) {
            return "";
        }
    }

    /** The last samples_per_second of iterations.csv; 0 when there is none. */
    private static double lastRate(Path iterations) throws IOException {
        if (!Files.isRegularFile(iterations)) {
            return 0;
        }
        List<String> lines = Files.readAllLines(iterations, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i > 0; i--) {
            String[] cells = lines.get(i).split(",");
            if (cells.length > 4) {
                try {
                    return Double.parseDouble(cells[4]);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** How the run ended, from the last {@code OUTCOME: message} line of its log. */
    private void ending(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            for (RunResult.Outcome o : RunResult.Outcome.values()) {
                if (line.startsWith(o + ": ")) {
                    end(o, line.substring(o.toString().length() + 2));
                }
            }
        }
    }

    private synchronized void end(RunResult.Outcome o, String message) {
        outcome = o;
        status = statusOf(o);
        endMessage = o == RunResult.Outcome.REACHED_TARGET || o == RunResult.Outcome.EARLY_STOPPED ? message : "";
    }

    /**
     * The run's folder: its {@code run.json} (as run) gives the planned epochs, the stop condition and, for a
     * binary loss, the class count; its {@code log.txt} where the run computes and why.
     */
    public synchronized void setFolder(Path runFolder) {
        this.folder = runFolder;
        this.backend = BackendLogLine.read(runFolder).orElse("");
        Path runFile = runFolder.resolve(RunLayout.RUN);
        try {
            if (Files.isRegularFile(runFile)) {
                RunConfig config = RunFile.load(runFile);
                epochs = Math.max(epochs, config.epochs());
                stop = config.stop().orElse(null);
                if (classes == 0 && config.loss() == Loss.BINARY_CROSSENTROPY) {
                    classes = 2;
                }
            }
        } catch (RuntimeException e) {
            // a run.json that no longer reads: the curves still show, without target or planned epochs
        }
    }

    /** The device the run trains on, as the engine names it. */
    public synchronized void setDevice(String name) {
        this.device = name;
    }

    /**
     * Where the run computes and why, as its log records it ({@link BackendLogLine}), e.g. {@code cpu: no NVIDIA
     * driver (libcuda.so.1 not found); training on the CPU}; empty before the run has a folder and for runs that
     * did not record it.
     */
    public synchronized String backend() {
        return backend;
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

    @Override
    public synchronized void started(RunStart start) {
        epochs = start.epochs();
        batches = start.batchesPerEpoch();
        epoch = start.firstEpoch();
        if (start.classNames() != null && !start.classNames().isEmpty()) {
            classes = start.classNames().size();
        }
    }

    @Override
    public synchronized void iteration(IterationProgress p) {
        imagesPerSecond = p.samplesPerSecond();
        training.add(new BatchPoint(p.epoch(), p.batch(), p.batches(), secondsBefore + p.epochSeconds(), p.loss(),
                p.meanAccuracy()));
        epoch = p.epoch();
        batch = p.batch();
        batches = p.batches();
        epochs = Math.max(epochs, p.epoch());
        double epochSeconds = epochsDone.isEmpty() ? p.epochSeconds() / p.batch() * p.batches()
                : epochsDone.getLast().seconds();
        etaSeconds = (epochs - p.epoch() + 1 - (double) p.batch() / Math.max(1, p.batches())) * epochSeconds;
    }

    @Override
    public synchronized void epochEnded(EpochReport report) {
        epochsDone.add(report.metrics());
        secondsBefore += Double.isFinite(report.metrics().seconds()) ? report.metrics().seconds() : 0;
        imagesPerSecond = report.samplesPerSecond();
        etaSeconds = report.etaSeconds();
        memoryBytes = report.memoryBytes();
    }

    @Override
    public synchronized void finished(RunResult result) {
        end(result.outcome(), result.message());
        etaSeconds = 0;
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
        return new Snapshot(name, epoch, epochs, batch, batches, imagesPerSecond, status,
                new TrainingCurves(training, epochsDone), etaSeconds, device, memoryBytes, folder, stop, classes,
                outcome, endMessage);
    }
}
