// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.io.Console;
import java.lang.reflect.Method;

import dev.lamina.run.events.EpochLines;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * Prints a run the way Keras's {@code fit(verbose=1)} does: {@code Epoch 3/10}, then a progress bar (on a
 * terminal) that ends as {@code 1875/1875 [====] - 12s 6ms/step - loss: … - accuracy: …}.
 */
final class EpochPrinter implements RunListener {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final dev.lamina.cli.Console console;
    private final boolean terminal;
    private long lastDraw;
    private IterationProgress last;

    EpochPrinter(dev.lamina.cli.Console console) {
        this.console = console;
        this.terminal = isTerminal();
    }

    @Override
    public void iteration(IterationProgress progress) {
        if (progress.batch() == 1) {
            console.out().println(EpochLines.header(progress.epoch(), epochs));
        }
        last = progress;
        long now = System.nanoTime();
        if (terminal && now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            console.out().print("\r" + EpochLines.progress(progress) + "\u001B[K");
            console.out().flush();
        }
    }

    private int epochs;
    private int classes;

    @Override
    public void started(RunStart start) {
        epochs = start.epochs();
        classes = start.classNames() == null ? 0 : start.classNames().size();
    }

    /** The run's class count, once it started; 0 before. */
    int classes() {
        return classes;
    }

    @Override
    public void epochEnded(EpochReport report) {
        EpochMetrics m = report.metrics();
        int batches = last == null ? 0 : last.batches();
        console.out().print((terminal ? "\r" : "") + EpochLines.epochEnd(batches, m) + (terminal ? "\u001B[K" : "")
                + "\n");
        console.out().flush();
    }

    @Override
    public void message(String line) {
        console.out().println(line);
    }

    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+: a console exists even when output is redirected; ask whether it is a terminal
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
