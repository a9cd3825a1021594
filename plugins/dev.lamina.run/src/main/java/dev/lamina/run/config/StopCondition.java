// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.util.Locale;

import dev.lamina.run.metrics.EpochMetrics;

/**
 * Stops training at the end of an epoch whose metric is strictly above (or below) a threshold, and
 * prints a message, like the course's callback
 * ({@code if logs.get('accuracy') > 0.998: print(...); self.model.stop_training = True}). JSON
 * {@code {"metric": "accuracy", "above": 0.998, "message": "..."}} (or {@code "below"}).
 *
 * @param metric    the metric watched
 * @param above     {@code true} to stop when the metric is above the threshold, {@code false} when below
 * @param threshold the threshold
 * @param message   printed when the condition is met
 */
public record StopCondition(TrainingMetric metric, boolean above, double threshold, String message) {

    public StopCondition {
        if (metric == null) {
            throw new IllegalArgumentException("stop metric is required");
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("stop threshold must be a finite number, got " + threshold);
        }
        if (message == null || message.isBlank()) {
            message = defaultMessage(metric, above, threshold);
        }
    }

    /** {@code Reached accuracy above 0.998, so cancelling training!} */
    public static String defaultMessage(TrainingMetric metric, boolean above, double threshold) {
        return String.format(Locale.ROOT, "Reached %s %s %s, so cancelling training!", metric.jsonName(),
                above ? "above" : "below", Double.toString(threshold).replaceAll("\\.0$", ""));
    }

    /** Whether {@code epoch} meets the condition (never when the metric is missing or NaN). */
    public boolean isMet(EpochMetrics epoch) {
        double value = metric.valueIn(epoch);
        return above ? value > threshold : value < threshold;
    }
}
