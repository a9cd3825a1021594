// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

/**
 * An optimizer and its settings; JSON {@code {"name": "sgd", "learning_rate": 0.01, "momentum": 0.9}}
 * or just {@code "adam"}.
 *
 * @param kind         which optimizer
 * @param learningRate step size, positive
 * @param momentum     SGD momentum in {@code [0, 1)}; 0 for the other optimizers
 */
public record Optimizer(OptimizerKind kind, double learningRate, double momentum) {

    public Optimizer {
        if (kind == null) {
            throw new IllegalArgumentException("optimizer kind is required");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        if (momentum != 0 && kind != OptimizerKind.SGD) {
            throw new IllegalArgumentException("momentum applies only to sgd, not " + kind.jsonName());
        }
    }

    /** {@code kind} with Keras' default learning rate and no momentum. */
    public static Optimizer of(OptimizerKind kind) {
        return new Optimizer(kind, kind.defaultLearningRate(), 0);
    }
}
