// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.run;

import dev.lamina.engine.training.Trainer;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;

/** A run with its folder ready to train: a {@link NewRun} or a {@link ResumedRun}, for the CLI and the workbench. */
public interface StartedRun {

    PreparedRun run();

    RunFolder folder();

    /** One line saying what is about to train. */
    String description();

    /** Trains, writing the run folder (its files and {@code status.json}) and telling {@code listener} after it. */
    RunResult train(Trainer trainer, RunListener listener);
}
