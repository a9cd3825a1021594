// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.metrics;

import java.util.Arrays;

/**
 * Counts of (true class, predicted class) pairs, with the metrics derived from them. Precision,
 * recall and F1 of a class are 0 when undefined (no prediction of the class, no sample of it), as
 * scikit-learn's {@code zero_division=0}. Immutable; build one with {@link #of} or a {@link Builder}.
 */
public final class ConfusionMatrix {

    private final int classes;
    private final long[] counts;

    private ConfusionMatrix(int classes, long[] counts) {
        this.classes = classes;
        this.counts = counts;
    }

    /** The matrix of {@code actual[n]} against {@code predicted[n]}, classes {@code 0 .. classes - 1}. */
    public static ConfusionMatrix of(int classes, int[] actual, int[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(actual.length + " true classes but " + predicted.length + " predictions");
        }
        Builder builder = new Builder(classes);
        for (int n = 0; n < actual.length; n++) {
            builder.add(actual[n], predicted[n], n);
        }
        return builder.build();
    }

    /** Number of classes. */
    public int classes() {
        return classes;
    }

    /** How many samples of class {@code actual} were predicted as {@code predicted}. */
    public long count(int actual, int predicted) {
        return counts[index(actual, predicted)];
    }

    /** The counts as rows (true class) of columns (predicted class). */
    public long[][] toArray() {
        long[][] rows = new long[classes][];
        for (int a = 0; a < classes; a++) {
            rows[a] = Arrays.copyOfRange(counts, a * classes, (a + 1) * classes);
        }
        return rows;
    }

    /** All samples counted. */
    public long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    /** Samples predicted correctly (the diagonal). */
    public long correct() {
        long correct = 0;
        for (int c = 0; c < classes; c++) {
            correct += count(c, c);
        }
        return correct;
    }

    /** {@code correct / total}, or 0 when there are no samples. */
    public double accuracy() {
        long total = total();
        return total == 0 ? 0 : (double) correct() / total;
    }

    /** Samples whose true class is {@code c} (scikit-learn's support). */
    public long support(int c) {
        long sum = 0;
        for (int p = 0; p < classes; p++) {
            sum += count(c, p);
        }
        return sum;
    }

    /** Samples predicted as {@code c}. */
    public long predicted(int c) {
        long sum = 0;
        for (int a = 0; a < classes; a++) {
            sum += count(a, c);
        }
        return sum;
    }

    /** {@code TP / (TP + FP)}, or 0 when nothing was predicted as {@code c}. */
    public double precision(int c) {
        return ratio(count(c, c), predicted(c));
    }

    /** {@code TP / (TP + FN)}, or 0 when no sample is of class {@code c}. */
    public double recall(int c) {
        return ratio(count(c, c), support(c));
    }

    /** The harmonic mean of precision and recall, or 0 when both are 0. */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The unweighted mean of the per-class precisions. */
    public double macroPrecision() {
        return macro(Metric.PRECISION);
    }

    /** The unweighted mean of the per-class recalls. */
    public double macroRecall() {
        return macro(Metric.RECALL);
    }

    /** The unweighted mean of the per-class F1 scores. */
    public double macroF1() {
        return macro(Metric.F1);
    }

    /** Per-class precision weighted by support (scikit-learn's weighted avg). */
    public double weightedPrecision() {
        return weighted(Metric.PRECISION);
    }

    /** Per-class recall weighted by support; equals the accuracy. */
    public double weightedRecall() {
        return weighted(Metric.RECALL);
    }

    /** Per-class F1 weighted by support. */
    public double weightedF1() {
        return weighted(Metric.F1);
    }

    private enum Metric {
        PRECISION, RECALL, F1
    }

    private double metric(Metric metric, int c) {
        return switch (metric) {
            case PRECISION -> precision(c);
            case RECALL -> recall(c);
            case F1 -> f1(c);
        };
    }

    private double macro(Metric metric) {
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            sum += metric(metric, c);
        }
        return sum / classes;
    }

    private double weighted(Metric metric) {
        long total = total();
        if (total == 0) {
            return 0;
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            sum += metric(metric, c) * support(c);
        }
        return sum / total;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    private int index(int actual, int predicted) {
        if (actual < 0 || actual >= classes || predicted < 0 || predicted >= classes) {
            throw new IndexOutOfBoundsException("class pair (" + actual + ", " + predicted + ") is outside 0.."
                    + (classes - 1));
        }
        return actual * classes + predicted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix m && m.classes == classes && Arrays.equals(m.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * classes + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(toArray());
    }

    /** Collects pairs one at a time, e.g. batch by batch during evaluation. Not thread-safe. */
    public static final class Builder {

        private final int classes;
        private final long[] counts;
        private long added;

        /** A builder for classes {@code 0 .. classes - 1}. */
        public Builder(int classes) {
            if (classes < 1) {
                throw new IllegalArgumentException("need at least one class, got " + classes);
            }
            this.classes = classes;
            this.counts = new long[classes * classes];
        }

        /** Counts one sample. */
        public Builder add(int actual, int predicted) {
            return add(actual, predicted, added);
        }

        /** Counts {@code actual[n]} against {@code predicted[n]} for every {@code n}. */
        public Builder addAll(int[] actual, int[] predicted) {
            if (actual.length != predicted.length) {
                throw new IllegalArgumentException(actual.length + " true classes but " + predicted.length
                        + " predictions");
            }
            for (int n = 0; n < actual.length; n++) {
                add(actual[n], predicted[n]);
            }
            return this;
        }

        private Builder add(int actual, int predicted, long sample) {
            if (actual < 0 || actual >= classes) {
                throw new IllegalArgumentException("sample " + sample + ": true class " + actual + " is outside 0.."
                        + (classes - 1));
            }
            if (predicted < 0 || predicted >= classes) {
                throw new IllegalArgumentException("sample " + sample + ": predicted class " + predicted
                        + " is outside 0.." + (classes - 1));
            }
            counts[actual * classes + predicted]++;
            added++;
            return this;
        }

        /** The matrix so far; the builder can go on counting. */
        public ConfusionMatrix build() {
            return new ConfusionMatrix(classes, counts.clone());
        }
    }
}
