// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/**
 * Normalizes the last axis (channels) of each sample (Keras {@code BatchNormalization}). Keeps a
 * moving mean and variance per channel (non-trainable) and learns a scale (gamma) and an offset
 * (beta) per channel when enabled.
 *
 * @param momentum of the moving averages, {@code 0 <= momentum <= 1}; Keras default 0.99
 * @param epsilon added to the variance, positive; Keras default 0.001
 * @param center whether to learn beta; Keras default {@code true}
 * @param scale whether to learn gamma; Keras default {@code true}
 */
public record BatchNormalization(String name, double momentum, double epsilon, boolean center, boolean scale)
        implements Layer {

    public static final double DEFAULT_MOMENTUM = 0.99;
    public static final double DEFAULT_EPSILON = 0.001;

    public BatchNormalization {
        Checks.name(name);
        Checks.range("momentum", momentum, 0, 1, true);
        Checks.positive("epsilon", epsilon);
    }

    /** Batch normalization with the Keras defaults. */
    public BatchNormalization(String name) {
        this(name, DEFAULT_MOMENTUM, DEFAULT_EPSILON, true, true);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.BATCH_NORMALIZATION;
    }

    @Override
    public BatchNormalization withName(String newName) {
        return new BatchNormalization(newName, momentum, epsilon, center, scale);
    }

    @Override
    public Propagation propagate(Shape input) {
        long channels = input.last();
        long trainable = (center ? channels : 0) + (scale ? channels : 0);
        // At inference the four vectors fold into one multiply-add per value.
        return new Propagation.Output(input, trainable, 2 * channels, input.elements());
    }
}
