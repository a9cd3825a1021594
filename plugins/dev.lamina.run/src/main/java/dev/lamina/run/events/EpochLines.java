// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.events;

import java.util.Locale;

import dev.lamina.run.metrics.EpochMetrics;

/**
 * The epoch lines of a run as Keras's {@code fit(verbose=1)} prints them, for {@code lamina train} and the
 * workbench's console alike: {@code Epoch 3/10}, then
 * {@code 1875/1875 [====] - 12s 6ms/step - loss: … - accuracy: … - val_loss: … - val_accuracy: …}.
 */
public final class EpochLines {

    private static final int BAR = 30;

    private EpochLines() {
    }

    /** {@code Epoch 3/10}, printed before the epoch's first batch. */
    public static String header(int epoch, int epochs) {
        return "Epoch " + epoch + "/" + epochs;
    }

    /** The progress line while the epoch runs (a terminal redraws it). */
    public static String progress(RunListener.IterationProgress p) {
        return line(p.batch(), p.batches(), p.epochSeconds(), p.meanLoss(), p.meanAccuracy(), "");
    }

    /** The line that ends an epoch of {@code batches} steps, with validation when the run has any. */
    public static String epochEnd(int batches, EpochMetrics m) {
        String validation = Double.isNaN(m.valLoss()) ? ""
                : String.format(Locale.ROOT, " - val_loss: %.4f - val_accuracy: %.4f", m.valLoss(), m.valAccuracy());
        return line(batches, batches, m.seconds(), m.loss(), m.accuracy(), validation);
    }

    static String line(int batch, int batches, double seconds, double loss, double accuracy, String tail) {
        int filled = batches == 0 ? BAR : (int) ((long) BAR * batch / batches);
        String bar = "=".repeat(Math.max(0, filled - (batch < batches ? 1 : 0))) + (batch < batches ? ">" : "")
                + ".".repeat(BAR - filled);
        double perStep = batch == 0 ? 0 : seconds * 1000 / batch;
        String width = Integer.toString(Integer.toString(batches).length());
        return String.format(Locale.ROOT, "%" + width + "d/%d [%s] - %.0fs %.0fms/step - loss: %.4f - accuracy: %.4f%s",
                batch, batches, bar, seconds, perStep, loss, accuracy, tail);
    }
}
