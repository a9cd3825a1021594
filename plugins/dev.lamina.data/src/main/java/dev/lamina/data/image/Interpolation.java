// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import java.util.Locale;

/** Resampling used to resize decoded images, as Keras {@code interpolation}. */
public enum Interpolation {
    /** Nearest neighbour, the Keras default. */
    NEAREST,
    /** Bilinear (triangle filter, widened when shrinking, as Pillow does). */
    BILINEAR;

    /** Parses {@code nearest} or {@code bilinear}. */
    public static Interpolation parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "nearest" -> NEAREST;
            case "bilinear" -> BILINEAR;
            default -> throw new IllegalArgumentException(
                    "interpolation '" + text + "' is not one of nearest, bilinear");
        };
    }
}
