// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.run;

import java.io.IOException;
import java.nio.file.Path;

import dev.lamina.engine.training.Trainer;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunListeners;
import dev.lamina.run.events.RunResult;

/**
 * A new run, prepared and with its folder created: the one path from a run configuration to a training, for
 * {@code lamina train RUN.json} and the workbench's Train command alike (same folder, same files).
 */
public final class NewRun implements StartedRun {

    /** The folder that holds the runs of a run file: {@code runs/} beside it. */
    public static final String RUNS = dev.lamina.run.folder.RunLayout.RUNS;

    private final PreparedRun run;
    private final RunFolder folder;

    private NewRun(PreparedRun run, RunFolder folder) {
        this.run = run;
        this.folder = folder;
    }

    /** The folder runs of {@code runFile} land in: {@code runs/} beside it. */
    public static Path runsHome(Path runFile) {
        return runFile.toAbsolutePath().getParent().resolve(RUNS);
    }

    /**
     * Loads {@code runFile}, prepares its run and creates its folder in {@link #runsHome(Path)}.
     *
     * @throws dev.lamina.run.config.RunConfigException when the run file is not valid
     */
    public static NewRun fromRunFile(Path runFile) throws RunPreparationException, IOException {
        return create(RunFile.load(runFile), runsHome(runFile), null);
    }

    /**
     * Prepares the run of {@code config} and creates its folder: {@code out}, or a new folder in {@code runsHome}
     * named after the model and the time when {@code out} is {@code null}.
     */
    public static NewRun create(RunConfig config, Path runsHome, Path out) throws RunPreparationException,
            IOException {
        PreparedRun run = RunPreparation.prepare(config);
        Path folder = out != null ? out : runsHome.resolve(RunFolder.defaultName(config.model().resolved()));
        return new NewRun(run, RunFolder.create(folder, run));
    }

    @Override
    public PreparedRun run() {
        return run;
    }

    @Override
    public RunFolder folder() {
        return folder;
    }

    /** {@code Training model.lamina on 600 images in 10 classes, validating on 100}. */
    @Override
    public String description() {
        return "Training " + run.config().model().resolved().getFileName() + " on " + run.data().training().size()
                + " images in " + run.data().training().classNames().size() + " classes"
                + (run.data().validation() == null ? "" : ", validating on " + run.data().validation().size());
    }

    /** Trains with {@code trainer}, writing the run folder and telling {@code listener} after the folder. */
    @Override
    public RunResult train(Trainer trainer, RunListener listener) {
        try {
            return trainer.train(run.model(), run.data(), run.settings(), folder,
                    RunListeners.inOrder(folder, listener));
        } catch (RuntimeException | Error e) {
            folder.failed(e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        }
    }
}
