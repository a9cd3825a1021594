// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The activation functions Lamina supports, by their Keras names. */
public enum ActivationFunction {
    RELU("relu"),
    SIGMOID("sigmoid"),
    SOFTMAX("softmax"),
    TANH("tanh"),
    LINEAR("linear"),
    LEAKY_RELU("leaky_relu"),
    ELU("elu");

    private final String kerasName;

    ActivationFunction(String kerasName) {
        this.kerasName = kerasName;
    }

    /** The Keras name, e.g. {@code relu}. */
    public String kerasName() {
        return kerasName;
    }

    /** The function with the given Keras name. */
    public static Optional<ActivationFunction> fromKerasName(String name) {
        for (ActivationFunction function : values()) {
            if (function.kerasName.equals(name)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    /** {@code relu, sigmoid, …} for messages. */
    public static String allKerasNames() {
        return Arrays.stream(values()).map(ActivationFunction::kerasName).collect(Collectors.joining(", "));
    }
}
