package dev.lamina.engine.training;

/**
 * The course's callback: stop when a metric passes a threshold at the end of an epoch, and say so.
 *
 * @param metric    what to watch
 * @param threshold the value to pass: above it for accuracies, below it for losses
 * @param message   printed when the condition is met, e.g. {@code Reached 99.8% accuracy so cancelling training!}
 */
public record StopCondition(Metric metric, double threshold, String message) {

    public boolean isMet(EpochMetrics metrics) {
        double value = metric.valueIn(metrics);
        return metric.higherIsBetter() ? value > threshold : value < threshold;
    }
}
