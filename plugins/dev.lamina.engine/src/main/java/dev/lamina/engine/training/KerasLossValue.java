// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import dev.lamina.run.config.Loss;

/**
 * The loss Keras reports for predicted probabilities, averaged over the samples. Used for validation, where the
 * network's output is computed anyway for the accuracy. Probabilities are clipped to [1e-7, 1 − 1e-7] as Keras does.
 */
public final class KerasLossValue {

    private static final double EPSILON = 1e-7;

    private KerasLossValue() {
    }

    /**
     * @param probabilities {@code [n, units]} row-major network outputs
     * @param labels        one-hot {@code [n, classes]} or {@code [n]} class indices / binary targets
     * @return the summed (not averaged) loss over the n samples
     */
    public static double sum(Loss loss, float[] probabilities, float[] labels, int n, int units) {
        double total = 0;
        boolean indices = labels.length == n;
        for (int i = 0; i < n; i++) {
            switch (loss) {
                case BINARY_CROSSENTROPY -> {
                    double p = clip(probabilities[i * units]);
                    double y = labels[i];
                    total -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
                }
                case CATEGORICAL_CROSSENTROPY, SPARSE_CATEGORICAL_CROSSENTROPY -> {
                    int target = indices ? (int) labels[i] : argMax(labels, i * units, units);
                    total -= Math.log(clip(probabilities[i * units + target]));
                }
                case MSE -> {
                    double squares = 0;
                    for (int u = 0; u < units; u++) {
                        double y = indices ? (u == (int) labels[i] ? 1 : 0) : labels[i * units + u];
                        double d = probabilities[i * units + u] - y;
                        squares += d * d;
                    }
                    total += squares / units;
                }
            }
        }
        return total;
    }

    /** How many samples the outputs classify correctly (p > 0.5 for one sigmoid unit, else the arg-max). */
    public static int correct(float[] probabilities, float[] labels, int n, int units) {
        boolean indices = labels.length == n;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            int predicted = units == 1 ? (probabilities[i] > 0.5f ? 1 : 0) : argMax(probabilities, i * units, units);
            int expected = indices ? Math.round(labels[i]) : argMax(labels, i * units, units);
            if (predicted == expected) {
                correct++;
            }
        }
        return correct;
    }

    private static double clip(double p) {
        return Math.min(1 - EPSILON, Math.max(EPSILON, p));
    }

    private static int argMax(float[] values, int offset, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            if (values[offset + i] > values[offset + best]) {
                best = i;
            }
        }
        return best;
    }
}
