// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import dev.lamina.core.layer.ActivationFunction;

/** The course's rules for losses: which one Keras compiles an output with, and which outputs each one fits. */
public final class KerasLosses {

    private KerasLosses() {
    }

    /** What the course compiles a model ending in this output with. */
    public static Loss defaultFor(ActivationFunction activation, int units) {
        if (activation == ActivationFunction.SOFTMAX) {
            return Loss.CATEGORICAL_CROSSENTROPY;
        }
        if (activation == ActivationFunction.SIGMOID && units == 1) {
            return Loss.BINARY_CROSSENTROPY;
        }
        return Loss.MSE;
    }

    /** Why {@code loss} does not fit an output with this activation and width, or {@code null} when it does. */
    public static String mismatch(Loss loss, ActivationFunction activation, int units) {
        return switch (loss) {
            case BINARY_CROSSENTROPY -> activation == ActivationFunction.SIGMOID ? null
                    : "binary_crossentropy needs a sigmoid output, not " + activation.kerasName();
            case CATEGORICAL_CROSSENTROPY, SPARSE_CATEGORICAL_CROSSENTROPY ->
                activation == ActivationFunction.SOFTMAX && units >= 2 ? null
                        : loss.jsonName() + " needs a softmax output with at least 2 units, not "
                                + activation.kerasName() + " with " + units;
            case MSE -> null;
        };
    }
}
