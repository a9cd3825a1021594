// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.lamina.run.metrics.EpochMetrics;

/** The per-epoch numbers a stop condition or early stopping can watch, with Keras' log names. */
public enum TrainingMetric {
    LOSS("loss", false, false),
    ACCURACY("accuracy", true, false),
    VAL_LOSS("val_loss", false, true),
    VAL_ACCURACY("val_accuracy", true, true);

    private final String jsonName;
    private final boolean higherIsBetter;
    private final boolean validation;

    TrainingMetric(String jsonName, boolean higherIsBetter, boolean validation) {
        this.jsonName = jsonName;
        this.higherIsBetter = higherIsBetter;
        this.validation = validation;
    }

    /** The name in run files and {@code metrics.csv}. */
    public String jsonName() {
        return jsonName;
    }

    /** Whether larger values are better (accuracy) or smaller (loss). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Whether the metric needs validation data. */
    public boolean isValidation() {
        return validation;
    }

    /** This metric's value in {@code epoch} (NaN when not measured). */
    public double valueIn(EpochMetrics epoch) {
        return switch (this) {
            case LOSS -> epoch.loss();
            case ACCURACY -> epoch.accuracy();
            case VAL_LOSS -> epoch.valLoss();
            case VAL_ACCURACY -> epoch.valAccuracy();
        };
    }

    /** The metric called {@code name}; Keras 1's {@code acc} and {@code val_acc} are accepted too. */
    public static Optional<TrainingMetric> fromJsonName(String name) {
        String n = switch (name) {
            case "acc" -> "accuracy";
            case "val_acc" -> "val_accuracy";
            default -> name;
        };
        return Arrays.stream(values()).filter(m -> m.jsonName.equals(n)).findFirst();
    }

    /** All names, for messages. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(TrainingMetric::jsonName).toList();
    }
}
