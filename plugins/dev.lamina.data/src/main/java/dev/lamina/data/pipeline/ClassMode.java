// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import java.util.Locale;

/** How labels are delivered, as Keras {@code class_mode}. */
public enum ClassMode {
    /** One float per sample, the class index (0 or 1 for two classes). */
    BINARY,
    /** One-hot vector per sample. */
    CATEGORICAL,
    /** One float per sample, the class index. */
    SPARSE;

    /** Parses {@code binary}, {@code categorical} or {@code sparse}. */
    public static ClassMode parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "binary" -> BINARY;
            case "categorical" -> CATEGORICAL;
            case "sparse" -> SPARSE;
            default -> throw new IllegalArgumentException(
                    "class mode '" + text + "' is not one of binary, categorical, sparse");
        };
    }
}
