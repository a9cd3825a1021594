// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.lamina.data.DataException;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.folder.DatasetFingerprint;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;

/**
 * One line of the run history, read from a run folder's files ({@link RunLayout}): what the Runs view lists.
 *
 * @param started      when the run first started ({@code status.json}; for older runs, when run.json was written)
 * @param model        the model file the run trained
 * @param dataset      counts and hash, {@code null} for runs recorded before {@code dataset.json}
 * @param epochs       epochs completed
 * @param plannedEpochs the run file's {@code epochs}
 * @param bestValAccuracy  the highest validation accuracy of any epoch, NaN without validation
 * @param finalValAccuracy the last epoch's validation accuracy, NaN without validation
 * @param seconds      wall-clock seconds trained (to now while running)
 * @param state        running, finished, stopped or failed; {@code null} when the folder says nothing about it
 * @param problem      what could not be read, or empty
 */
public record RunSummary(Path folder, String name, Instant started, String model, DatasetFingerprint dataset,
        int epochs, int plannedEpochs, double bestValAccuracy, double finalValAccuracy, double seconds,
        String device, RunStatus.State state, String problem) {

    /** Reads the summary of {@code folder}; what cannot be read is said in {@link #problem()}, never thrown. */
    public static RunSummary read(Path folder) {
        StringBuilder problems = new StringBuilder();
        RunConfig config = null;
        try {
            config = RunFile.load(folder.resolve(RunLayout.RUN));
        } catch (DataException e) {
            problems.append(e.getMessage());
        }
        List<EpochMetrics> metrics = List.of();
        try {
            metrics = MetricsCsv.read(folder.resolve(RunLayout.METRICS));
        } catch (DataException e) {
            append(problems, e.getMessage());
        }
        RunStatus status = null;
        DatasetFingerprint dataset = null;
        try {
            status = RunStatus.read(folder);
        } catch (IOException e) {
            append(problems, e.getMessage());
        }
        try {
            dataset = DatasetFingerprint.read(folder);
        } catch (IOException e) {
            append(problems, e.getMessage());
        }
        double best = Double.NaN;
        double last = Double.NaN;
        double trained = 0;
        for (EpochMetrics m : metrics) {
            trained += m.seconds();
            if (!Double.isNaN(m.valAccuracy())) {
                best = Double.isNaN(best) ? m.valAccuracy() : Math.max(best, m.valAccuracy());
                last = m.valAccuracy();
            }
        }
        Instant started = status != null ? status.started() : modified(folder.resolve(RunLayout.RUN));
        return new RunSummary(folder, folder.getFileName().toString(), started,
                config == null ? "" : config.model().resolved().getFileName().toString(), dataset, metrics.size(),
                config == null ? 0 : config.epochs(), best, last, status != null ? status.secondsSoFar() : trained,
                status == null ? "" : status.device(), status != null ? status.effectiveState() : legacyState(folder),
                problems.toString());
    }

    /** Runs without {@code status.json}: how {@code log.txt} says they ended. */
    private static RunStatus.State legacyState(Path folder) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve(RunLayout.LOG));
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i);
                if (line.startsWith("CANCELLED:")) {
                    return RunStatus.State.STOPPED;
                }
                if (line.startsWith("NON_FINITE_LOSS:") || line.startsWith("OUT_OF_MEMORY:")) {
                    return RunStatus.State.FAILED;
                }
                if (line.startsWith("COMPLETED:") || line.startsWith("REACHED_TARGET:")
                        || line.startsWith("EARLY_STOPPED:")) {
                    return RunStatus.State.FINISHED;
                }
            }
        } catch (IOException e) {
            // no log: the state is unknown
        }
        return null;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void append(StringBuilder problems, String message) {
        if (!problems.isEmpty()) {
            problems.append("; ");
        }
        problems.append(message);
    }
}
