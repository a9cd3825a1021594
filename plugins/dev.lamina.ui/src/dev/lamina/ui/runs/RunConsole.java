// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

import dev.lamina.run.events.EpochLines;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.ui.internal.Messages;

/**
 * A Console view page per run with the epoch lines {@code lamina train} prints ({@link EpochLines}, the one
 * formatting both use). The stream is safe to write from the training thread.
 */
public final class RunConsole implements RunListener {

    private final MessageConsole console;
    private final MessageConsoleStream out;
    private int epochs;
    private int batches;

    private RunConsole(MessageConsole console) {
        this.console = console;
        this.out = console.newMessageStream();
    }

    /** A new console named after the run, added to the console manager. */
    public static RunConsole open(String runName) {
        MessageConsole console = new MessageConsole(NLS.bind(Messages.Train_console, runName), null);
        ConsolePlugin.getDefault().getConsoleManager().addConsoles(new IConsole[] { console });
        return new RunConsole(console);
    }

    public MessageConsole console() {
        return console;
    }

    public void println(String line) {
        out.println(line);
    }

    @Override
    public void started(RunStart start) {
        epochs = start.epochs();
        batches = start.batchesPerEpoch();
    }

    @Override
    public void iteration(IterationProgress progress) {
        batches = progress.batches();
        if (progress.batch() == 1) {
            out.println(EpochLines.header(progress.epoch(), epochs));
        }
    }

    @Override
    public void epochEnded(EpochReport report) {
        out.println(EpochLines.epochEnd(batches, report.metrics()));
    }

    @Override
    public void message(String line) {
        out.println(line);
    }

    /**
     * As {@code lamina train}: a reached target or early stopping was already announced as a message, so only a
     * failure or a cancel is printed here.
     */
    @Override
    public void finished(RunResult result) {
        if (result.outcome().failed() || result.outcome() == RunResult.Outcome.CANCELLED) {
            out.println(result.message());
        }
    }
}
