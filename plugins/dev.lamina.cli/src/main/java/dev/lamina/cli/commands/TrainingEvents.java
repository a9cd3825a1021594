// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.engine.info.EngineProbe;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.events.RunEventLines;
import dev.lamina.run.events.RunEventLines.OpenedRun;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.process.TrainingProcess;

/**
 * {@code lamina train --events}: the run's events as lines on the output ({@link RunEventLines}), read by the
 * workbench that started the process ({@link TrainingProcess}); a line {@value TrainingProcess#STOP} on the input, or
 * its end (the workbench went away), stops the run before its next batch, keeping what it trained.
 */
final class TrainingEvents {

    /**
     * How long a batch's line may wait to be written with the next ones: a few hundred lines a second come in about
     * ten writes, and the workbench, which redraws every 250 ms, shows them as soon.
     */
    static final long HOLD_MS = 100;

    private TrainingEvents() {
    }

    /** Trains with {@code training} (given the listener to call) and says every event; the exit status. */
    static int train(String description, Path folder, Trainer trainer, Console console,
            Function<RunListener, RunResult> training) {
        try (EventOutput output = new EventOutput(console.out(), HOLD_MS)) {
            output.now(RunEventLines.opened(new OpenedRun(description, folder, EngineProbe.firstDevice())));
            stopOnInput(System.in, trainer);
            RunResult result = training.apply(RunEventLines.writer(output::now, output::held));
            return result.outcome().failed() || result.outcome() == RunResult.Outcome.CANCELLED ? ExitCode.FAILURE
                    : ExitCode.OK;
        }
    }

    private static void stopOnInput(InputStream input, Trainer trainer) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.strip().equals(TrainingProcess.STOP)) {
                        break;
                    }
                }
            } catch (IOException e) {
                // the input is gone: as its end
            }
            trainer.cancel();
        }, "lamina-stop-on-input");
        reader.setDaemon(true);
        reader.start();
    }
}
