// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a run folder, {@code runs/<name>/} (docs/run-folder.md): the one place that names them, for the
 * engine that writes them and for the CLI, the workbench and the exercise checker that read them.
 */
public final class RunLayout {

    /** The trained model with its classes and preprocessing, for predict/evaluate. */
    public static final String TRAINED_MODEL = "model.zip";
    /** The latest checkpoint with the optimizer's state, for {@code --resume}. */
    public static final String CHECKPOINT = "checkpoint.zip";
    /** The run configuration, as run. */
    public static final String RUN = "run.json";
    /** The model document, as trained. */
    public static final String MODEL_DOCUMENT = "model.lamina";
    /** Keras's {@code model.summary()} of the trained model. */
    public static final String SUMMARY = "summary.txt";
    /** One row per epoch. */
    public static final String METRICS = "metrics.csv";
    /** One row per batch. */
    public static final String ITERATIONS = "iterations.csv";
    /** The epoch lines and how the run ended. */
    public static final String LOG = "log.txt";
    /** Where the run stands: running, finished, stopped or failed ({@link RunStatus}). */
    public static final String STATUS = "status.json";
    /** What the run trained on: counts and a content hash ({@link DatasetFingerprint}). */
    public static final String DATASET = "dataset.json";
    /** The folder of the per-epoch trained states, {@code epochs/epoch-003.zip} ({@link #epochState}). */
    public static final String EPOCHS = "epochs";
    /** The folder beside a run file that holds its runs. */
    public static final String RUNS = "runs";

    private static final Pattern EPOCH_FILE = Pattern.compile("epoch-(\\d+)\\.zip");

    private RunLayout() {
    }

    /** Whether {@code folder} holds a run: its {@code run.json} and {@code metrics.csv}. */
    public static boolean isRunFolder(Path folder) {
        return java.nio.file.Files.isRegularFile(folder.resolve(RUN))
                && java.nio.file.Files.isRegularFile(folder.resolve(METRICS));
    }

    /** The trained model of {@code path} when it is a run folder, else {@code path} itself (a model archive). */
    public static Path trainedModel(Path path) {
        return path.toFile().isDirectory() ? path.resolve(TRAINED_MODEL) : path;
    }

    /** Where run folder {@code run} keeps the trained state after {@code epoch} (1-based): {@code epochs/epoch-003.zip}. */
    public static Path epochState(Path run, int epoch) {
        return run.resolve(EPOCHS).resolve(String.format(Locale.ROOT, "epoch-%03d.zip", epoch));
    }

    /**
     * The per-epoch states run folder {@code run} kept in {@code epochs/}, oldest first; none for runs written before
     * Lamina kept them.
     */
    public static List<EpochState> epochStates(Path run) {
        Path folder = run.resolve(EPOCHS);
        List<EpochState> states = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return states;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> {
                Matcher m = EPOCH_FILE.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file)) {
                    states.add(new EpochState(file, Integer.parseInt(m.group(1))));
                }
            });
        } catch (IOException e) {
            return List.of();
        }
        states.sort(Comparator.comparingInt(EpochState::epoch));
        return states;
    }

    /**
     * The model of {@code path} after {@code epoch}: the run folder's kept state of that epoch.
     *
     * @throws IOException naming the folder and the epochs it kept when it has none for {@code epoch}
     */
    public static Path trainedModel(Path path, int epoch) throws IOException {
        List<EpochState> states = epochStates(path);
        for (EpochState state : states) {
            if (state.epoch() == epoch) {
                return state.file();
            }
        }
        throw new IOException(path + ": no state kept for epoch " + epoch + (states.isEmpty()
                ? " (the run kept no " + EPOCHS + "/ folder)"
                : " (kept: " + String.join(", ", states.stream().map(s -> String.valueOf(s.epoch())).toList()) + ")"));
    }
}
