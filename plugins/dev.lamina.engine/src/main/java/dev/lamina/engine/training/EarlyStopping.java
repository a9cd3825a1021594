package dev.lamina.engine.training;

/**
 * Keras's {@code EarlyStopping}: stop when {@code metric} has not improved for {@code patience} epochs.
 */
public record EarlyStopping(Metric metric, int patience) {

    public EarlyStopping {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1, got " + patience);
        }
    }
}
