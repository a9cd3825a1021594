// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.model.ModelFile;
import dev.lamina.core.summary.Summary;
import dev.lamina.engine.archive.ModelArchive;
import dev.lamina.engine.archive.ModelMetadata;
import dev.lamina.engine.device.BackendDecision;
import dev.lamina.engine.info.EngineProbe;
import dev.lamina.engine.training.Checkpoints;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.DatasetFingerprint;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;

/**
 * A run's folder, {@code runs/<name>/}, written as the run goes (the files: {@link RunLayout}). Every file but the two
 * logs is replaced atomically.
 */
public final class RunFolder implements Checkpoints, RunListener {

    private final Path folder;
    private final ModelMetadata metadata;
    private final MetricsCsv metrics;
    private final EpochStates epochStates;
    private MultiLayerNetwork latest;
    private List<EpochMetrics> latestHistory = List.of();
    private RunStatus status;

    private RunFolder(Path folder, ModelMetadata metadata, MetricsCsv metrics, RunStatus status, RunConfig config)
            throws IOException {
        this.folder = folder;
        this.metadata = metadata;
        this.metrics = metrics;
        this.epochStates = new EpochStates(folder, metadata, config);
        this.status = status;
        status.write(folder);
    }

    /** A folder for a new run: refuses one that already holds a run. */
    public static RunFolder create(Path folder, PreparedRun run) throws IOException {
        if (Files.exists(folder.resolve(RunLayout.RUN)) || Files.exists(folder.resolve(RunLayout.METRICS))) {
            throw new IOException(folder + ": already holds a run (resume it with --resume, or choose another --out)");
        }
        Files.createDirectories(folder);
        RunFile.save(run.config(), folder.resolve(RunLayout.RUN));
        ModelFile.save(run.model(), folder.resolve(RunLayout.MODEL_DOCUMENT));
        AtomicFile.write(folder.resolve(RunLayout.SUMMARY), Summary.keras(run.model()));
        Files.writeString(folder.resolve(RunLayout.ITERATIONS), "epoch,batch,loss,accuracy,samples_per_second\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(RunLayout.LOG), run.backend().logLine() + "\n", StandardCharsets.UTF_8);
        DatasetFingerprint.of(run.data().training(), run.data().validation()).write(folder);
        return new RunFolder(folder, run.metadata(), MetricsCsv.create(folder.resolve(RunLayout.METRICS)),
                RunStatus.running(null, device()), run.config());
    }

    /**
     * An existing run's folder, to resume from its checkpoint: keeps the metrics of the checkpointed epochs and
     * drops any recorded after it.
     */
    public static RunFolder reopen(Path folder, ModelMetadata metadata, RunConfig config,
            List<EpochMetrics> checkpointed) throws IOException {
        MetricsCsv metrics = MetricsCsv.create(folder.resolve(RunLayout.METRICS));
        for (EpochMetrics epoch : checkpointed) {
            metrics.append(epoch);
        }
        RunFolder reopened = new RunFolder(folder, metadata, metrics, RunStatus.running(RunStatus.read(folder), device()),
                config);
        reopened.epochStates.resumeAfter(checkpointed.size());
        return reopened;
    }

    /** The name a new run gets: the model's file name and the time, e.g. {@code horses-20261125-184512}. */
    public static String defaultName(Path modelFile) {
        String name = modelFile.getFileName().toString().replaceFirst("\\.lamina$", "");
        if (name.equals("model")) {
            Path parent = modelFile.toAbsolutePath().getParent();
            name = parent == null || parent.getFileName() == null ? "run" : parent.getFileName().toString();
        }
        return name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    public Path folder() {
        return folder;
    }

    /** The compute device as {@code status.json} records it, e.g. {@code CPU: AMD EPYC, 16 logical cores, ...}. */
    private static String device() {
        return String.join("; ", EngineProbe.probe().devices());
    }

    /** Records that the run ended by an error outside the trainer's outcomes (an exception). */
    public void failed(String message) {
        log("FAILED: " + message);
        writeStatus(status.failed(message));
    }

    private void writeStatus(RunStatus next) {
        status = next;
        try {
            next.write(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder.resolve(RunLayout.STATUS) + ": cannot write", e);
        }
    }

    @Override
    public void save(MultiLayerNetwork network, List<EpochMetrics> history) {
        try {
            ModelArchive.write(folder.resolve(RunLayout.CHECKPOINT), network, metadata.withHistory(history), true);
            latest = network;
            latestHistory = List.copyOf(history);
        } catch (IOException e) {
            throw new UncheckedIOException(folder.resolve(RunLayout.CHECKPOINT) + ": cannot save the checkpoint", e);
        }
    }

    @Override
    public void epochTrained(MultiLayerNetwork network, List<EpochMetrics> history) {
        try {
            epochStates.save(network, history);
        } catch (IOException e) {
            throw new UncheckedIOException(RunLayout.epochState(folder, history.size()) + ": cannot save the epoch's"
                    + " state", e);
        }
    }

    @Override
    public void iteration(IterationProgress progress) {
        append(RunLayout.ITERATIONS, String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.1f%n", progress.epoch(),
                progress.batch(), progress.loss(), progress.meanAccuracy(), progress.samplesPerSecond()));
    }

    @Override
    public void epochEnded(EpochReport report) {
        metrics.append(report.metrics());
        EpochMetrics m = report.metrics();
        log(String.format(Locale.ROOT, "Epoch %d/%d - %.1fs - loss: %.4f - accuracy: %.4f%s", m.epoch(),
                report.epochs(), m.seconds(), m.loss(), m.accuracy(), Double.isNaN(m.valLoss()) ? ""
                        : String.format(Locale.ROOT, " - val_loss: %.4f - val_accuracy: %.4f", m.valLoss(),
                                m.valAccuracy())));
    }

    @Override
    public void message(String line) {
        log(line);
    }

    /** Writes {@code model.zip} from the last checkpoint (the final weights) and logs how the run ended. */
    @Override
    public void finished(RunResult result) {
        log(result.outcome() + ": " + result.message());
        if (latest != null) {
            try {
                ModelArchive.write(folder.resolve(RunLayout.TRAINED_MODEL), latest,
                        metadata.withHistory(latestHistory), false);
            } catch (IOException e) {
                writeStatus(status.failed(folder.resolve(RunLayout.TRAINED_MODEL) + ": cannot save the model"));
                throw new UncheckedIOException(folder.resolve(RunLayout.TRAINED_MODEL) + ": cannot save the model", e);
            }
        }
        // after model.zip, so that a reader that sees the run ended also finds its model
        writeStatus(status.ended(result.outcome(), result.message()));
    }

    /** Records where a resumed run computes this time (the machine may not be the one it started on). */
    void logBackend(BackendDecision backend) {
        log("Resumed; " + backend.logLine());
    }

    private void log(String line) {
        append(RunLayout.LOG, line + "\n");
    }

    private void append(String file, String text) {
        try { // no buffered writer: it took 24 KB of buffers for each step's line
            Files.write(folder.resolve(file), text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(folder.resolve(file) + ": cannot write", e);
        }
    }
}
