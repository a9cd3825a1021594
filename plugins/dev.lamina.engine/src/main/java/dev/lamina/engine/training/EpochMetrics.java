package dev.lamina.engine.training;

/**
 * One epoch's results, as Keras's {@code History} records them. Validation values are NaN without validation.
 *
 * @param epoch   1-based, as Keras prints it
 * @param seconds wall time of the epoch including validation
 */
public record EpochMetrics(int epoch, double loss, double accuracy, double valLoss, double valAccuracy,
        double seconds) {

    public boolean hasValidation() {
        return !Double.isNaN(valLoss);
    }
}
