// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.augment;

import java.util.Locale;

/** How points outside the image are filled after a transform, as Keras {@code fill_mode}. */
public enum FillMode {
    /** The constant {@code cval}. */
    CONSTANT,
    /** The nearest edge pixel: {@code aaaa|abcd|dddd}. */
    NEAREST,
    /** Mirrored about the edge: {@code dcba|abcd|dcba}. */
    REFLECT,
    /** Repeated: {@code abcd|abcd|abcd}. */
    WRAP;

    /** Parses {@code constant}, {@code nearest}, {@code reflect} or {@code wrap}. */
    public static FillMode parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "constant" -> CONSTANT;
            case "nearest" -> NEAREST;
            case "reflect" -> REFLECT;
            case "wrap" -> WRAP;
            default -> throw new IllegalArgumentException(
                    "fill mode '" + text + "' is not one of constant, nearest, reflect, wrap");
        };
    }

    /** Maps index {@code i} into {@code [0, n)}, or returns -1 for {@link #CONSTANT} outside the image. */
    int map(int i, int n) {
        if (i >= 0 && i < n) {
            return i;
        }
        return switch (this) {
            case CONSTANT -> -1;
            case NEAREST -> i < 0 ? 0 : n - 1;
            case REFLECT -> {
                int period = 2 * n;
                int m = Math.floorMod(i, period);
                yield m < n ? m : period - 1 - m;
            }
            case WRAP -> Math.floorMod(i, n);
        };
    }
}
