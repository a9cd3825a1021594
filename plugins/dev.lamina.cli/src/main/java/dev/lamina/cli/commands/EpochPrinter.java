// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;

import dev.lamina.run.events.RunListener;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * Prints a run the way Keras's {@code fit(verbose=1)} does: {@code Epoch 3/10}, then a progress bar (on a
 * terminal) that ends as {@code 1875/1875 [====] - 12s 6ms/step - loss: … - accuracy: …}.
 */
final class EpochPrinter implements RunListener {

    private static final int BAR = 30;
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
            console.out().println("Epoch " + progress.epoch() + "/" + epochs);
        }
        last = progress;
        long now = System.nanoTime();
        if (terminal && now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            console.out().print("\r" + line(progress.batch(), progress.batches(), progress.epochSeconds(),
                    progress.meanLoss(), progress.meanAccuracy(), "") + "\u001B[K");
            console.out().flush();
        }
    }

    private int epochs;

    @Override
    public void started(RunStart start) {
        epochs = start.epochs();
    }

    @Override
    public void epochEnded(EpochReport report) {
        EpochMetrics m = report.metrics();
        int batches = last == null ? 0 : last.batches();
        String validation = !Double.isNaN(m.valLoss()) ? String.format(Locale.ROOT, " - val_loss: %.4f - val_accuracy: %.4f",
                m.valLoss(), m.valAccuracy()) : "";
        console.out().print((terminal ? "\r" : "") + line(batches, batches, m.seconds(), m.loss(), m.accuracy(),
                validation) + (terminal ? "\u001B[K" : "") + "\n");
        console.out().flush();
    }

    @Override
    public void message(String line) {
        console.out().println(line);
    }

    private static String line(int batch, int batches, double seconds, double loss, double accuracy, String tail) {
        int filled = batches == 0 ? BAR : (int) ((long) BAR * batch / batches);
        String bar = "=".repeat(Math.max(0, filled - (batch < batches ? 1 : 0))) + (batch < batches ? ">" : "")
                + ".".repeat(BAR - filled);
        double perStep = batch == 0 ? 0 : seconds * 1000 / batch;
        String width = Integer.toString(Integer.toString(batches).length());
        return String.format(Locale.ROOT, "%" + width + "d/%d [%s] - %.0fs %.0fms/step - loss: %.4f - accuracy: %.4f%s",
                batch, batches, bar, seconds, perStep, loss, accuracy, tail);
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
