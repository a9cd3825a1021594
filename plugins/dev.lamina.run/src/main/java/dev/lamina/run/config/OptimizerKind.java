// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The optimizers a run can use, with Keras' names and default learning rates. */
public enum OptimizerKind {
    ADAM("adam", 0.001),
    RMSPROP("rmsprop", 0.001),
    SGD("sgd", 0.01),
    ADAGRAD("adagrad", 0.001);

    private final String jsonName;
    private final double defaultLearningRate;

    OptimizerKind(String jsonName, double defaultLearningRate) {
        this.jsonName = jsonName;
        this.defaultLearningRate = defaultLearningRate;
    }

    /** The name in run files, as Keras spells it: {@code adam}, {@code rmsprop}, {@code sgd}, {@code adagrad}. */
    public String jsonName() {
        return jsonName;
    }

    /** Keras' default learning rate for this optimizer. */
    public double defaultLearningRate() {
        return defaultLearningRate;
    }

    /** The kind called {@code name} (case-insensitive). */
    public static Optional<OptimizerKind> fromJsonName(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equalsIgnoreCase(name)).findFirst();
    }

    /** All names, for messages. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(OptimizerKind::jsonName).toList();
    }
}
