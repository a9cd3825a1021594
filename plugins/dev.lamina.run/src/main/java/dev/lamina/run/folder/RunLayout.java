// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.folder;

import java.nio.file.Path;

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
    /** The folder beside a run file that holds its runs. */
    public static final String RUNS = "runs";

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
}
