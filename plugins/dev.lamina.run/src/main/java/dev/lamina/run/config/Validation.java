// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

/** How a run measures validation metrics. */
public sealed interface Validation permits Validation.None, Validation.Split, Validation.Separate {

    /** No validation: JSON {@code null} or no {@code validation} key. */
    record None() implements Validation {
    }

    /**
     * Keras {@code validation_split}: per class, the first {@code fraction} of the training samples;
     * JSON {@code {"split": 0.2}}.
     */
    record Split(double fraction) implements Validation {
        public Split {
            if (!(fraction > 0 && fraction < 1)) {
                throw new IllegalArgumentException("validation split must be between 0 and 1 (exclusive), got "
                        + fraction);
            }
        }
    }

    /** Separate samples with the same classes: JSON {@code {"folder": ...}} or {@code {"images": ..., "labels": ...}}. */
    record Separate(DataSource source) implements Validation {
    }

    /** Whether validation metrics exist. */
    default boolean isPresent() {
        return !(this instanceof None);
    }
}
