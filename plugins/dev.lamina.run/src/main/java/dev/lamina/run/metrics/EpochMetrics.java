// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.metrics;

/**
 * One epoch's numbers, one row of {@code metrics.csv}. {@code NaN} stands for "not measured" (no
 * validation data, no accuracy for a regression loss) as well as for a value that is not a number.
 *
 * @param epoch       1 for the first epoch
 * @param loss        mean training loss
 * @param accuracy    training accuracy
 * @param valLoss     validation loss
 * @param valAccuracy validation accuracy
 * @param seconds     wall-clock time of the epoch
 */
public record EpochMetrics(int epoch, double loss, double accuracy, double valLoss, double valAccuracy,
        double seconds) {

    public EpochMetrics {
        if (epoch < 1) {
            throw new IllegalArgumentException("epochs are numbered from 1, got " + epoch);
        }
    }

    /** An epoch without validation. */
    public static EpochMetrics training(int epoch, double loss, double accuracy, double seconds) {
        return new EpochMetrics(epoch, loss, accuracy, Double.NaN, Double.NaN, seconds);
    }
}
