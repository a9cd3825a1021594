package dev.lamina.engine.training;

import java.util.Locale;

/** The numbers an epoch reports, by their Keras names. */
public enum Metric {
    LOSS("loss", false),
    ACCURACY("accuracy", true),
    VAL_LOSS("val_loss", false),
    VAL_ACCURACY("val_accuracy", true);

    private final String kerasName;
    private final boolean higherIsBetter;

    Metric(String kerasName, boolean higherIsBetter) {
        this.kerasName = kerasName;
        this.higherIsBetter = higherIsBetter;
    }

    public String kerasName() {
        return kerasName;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean needsValidation() {
        return this == VAL_LOSS || this == VAL_ACCURACY;
    }

    public static Metric of(String name) {
        for (Metric metric : values()) {
            if (metric.kerasName.equals(name.toLowerCase(Locale.ROOT))) {
                return metric;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'; expected loss, accuracy, val_loss or val_accuracy");
    }

    /** The metric's value in an epoch's results (NaN when the epoch had no validation). */
    public double valueIn(EpochMetrics metrics) {
        return switch (this) {
            case LOSS -> metrics.loss();
            case ACCURACY -> metrics.accuracy();
            case VAL_LOSS -> metrics.valLoss();
            case VAL_ACCURACY -> metrics.valAccuracy();
        };
    }
}
