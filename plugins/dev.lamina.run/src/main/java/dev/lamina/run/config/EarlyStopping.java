// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import dev.lamina.run.metrics.EpochMetrics;

/**
 * Keras' {@code EarlyStopping} callback: stop when the monitored metric has not improved by more
 * than {@code minDelta} for {@code patience} epochs in a row. JSON
 * {@code {"monitor": "val_loss", "patience": 3, "min_delta": 0.0, "restore_best_weights": false}};
 * the defaults are Keras' ({@code val_loss}, 0, 0, false). Losses must fall, accuracies rise.
 *
 * @param monitor            the metric watched
 * @param patience           epochs without improvement before stopping
 * @param minDelta           the smallest change that counts as an improvement, not negative
 * @param restoreBestWeights whether to go back to the best epoch's weights when stopping
 */
public record EarlyStopping(TrainingMetric monitor, int patience, double minDelta, boolean restoreBestWeights) {

    public EarlyStopping {
        if (monitor == null) {
            throw new IllegalArgumentException("early stopping monitor is required");
        }
        if (patience < 0) {
            throw new IllegalArgumentException("patience must not be negative, got " + patience);
        }
        if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("min_delta must be a non-negative number, got " + minDelta);
        }
    }

    /** A fresh tracker for one run. */
    public Tracker tracker() {
        return new Tracker(this);
    }

    /** Follows one run epoch by epoch. Not thread-safe. */
    public static final class Tracker {

        private final EarlyStopping settings;
        private double best;
        private int bestEpoch = -1;
        private int wait;
        private int seen;

        private Tracker(EarlyStopping settings) {
            this.settings = settings;
            this.best = settings.monitor.higherIsBetter() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }

        /** Records an epoch; returns whether training should stop now. A missing (NaN) value is no improvement. */
        public boolean update(EpochMetrics epoch) {
            double value = settings.monitor.valueIn(epoch);
            seen++;
            boolean improved = settings.monitor.higherIsBetter()
                    ? value - settings.minDelta > best
                    : value + settings.minDelta < best;
            if (improved) {
                best = value;
                bestEpoch = epoch.epoch();
                wait = 0;
                return false;
            }
            wait++;
            // As Keras: never on the first epoch.
            return wait >= settings.patience && seen > 1;
        }

        /** The best value so far (infinite before the first improvement). */
        public double best() {
            return best;
        }

        /** The epoch of the best value, or -1. */
        public int bestEpoch() {
            return bestEpoch;
        }
    }
}
