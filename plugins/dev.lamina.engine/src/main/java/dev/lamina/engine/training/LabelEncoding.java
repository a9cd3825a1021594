// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import dev.lamina.data.pipeline.ClassMode;
import dev.lamina.run.config.Loss;

/** How labels reach the loss, as Keras's {@code class_mode} follows from the loss (public for the Spark job). */
public final class LabelEncoding {

    private LabelEncoding() {
    }

    public static ClassMode classModeFor(Loss loss) {
        return switch (loss) {
            case BINARY_CROSSENTROPY -> ClassMode.BINARY;
            case SPARSE_CATEGORICAL_CROSSENTROPY -> ClassMode.SPARSE;
            case CATEGORICAL_CROSSENTROPY, MSE -> ClassMode.CATEGORICAL;
        };
    }

    /** Why the output layer cannot learn these classes, or {@code null}. */
    static String mismatch(Loss loss, String outputName, int units, int classes) {
        if (classes < 2) {
            return "the data has " + classes + " class; training needs at least 2";
        }
        if (loss == Loss.BINARY_CROSSENTROPY) {
            return units == 1 && classes == 2 ? null
                    : outputName + " has " + units + " unit(s) with binary_crossentropy, which needs 1 unit and 2 classes;"
                            + " the data has " + classes + " classes";
        }
        return units == classes ? null
                : outputName + " has " + units + " units but the data has " + classes + " classes";
    }
}
