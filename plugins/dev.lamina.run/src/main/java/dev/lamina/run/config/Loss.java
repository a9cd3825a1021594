// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The loss functions a run can minimise, with Keras' names. */
public enum Loss {
    /** One sigmoid output, labels 0/1 (horses or humans). */
    BINARY_CROSSENTROPY("binary_crossentropy"),
    /** Softmax outputs, one-hot labels. */
    CATEGORICAL_CROSSENTROPY("categorical_crossentropy"),
    /** Softmax outputs, integer labels (the MNIST course models). */
    SPARSE_CATEGORICAL_CROSSENTROPY("sparse_categorical_crossentropy"),
    /** Mean squared error. */
    MSE("mse");

    private final String jsonName;

    Loss(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in run files. */
    public String jsonName() {
        return jsonName;
    }

    /** The loss called {@code name}; {@code mean_squared_error} is accepted for {@code mse}. */
    public static Optional<Loss> fromJsonName(String name) {
        if ("mean_squared_error".equalsIgnoreCase(name)) {
            return Optional.of(MSE);
        }
        return Arrays.stream(values()).filter(l -> l.jsonName.equalsIgnoreCase(name)).findFirst();
    }

    /** All names, for messages. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(Loss::jsonName).toList();
    }
}
