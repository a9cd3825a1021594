// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import java.util.Locale;

/** The channels an image is converted to after decoding, as Keras {@code color_mode}. */
public enum ColorMode {
    GRAYSCALE(1), RGB(3), RGBA(4);

    private final int channels;

    ColorMode(int channels) {
        this.channels = channels;
    }

    /** Number of channels per pixel: 1, 3 or 4. */
    public int channels() {
        return channels;
    }

    /** Parses the Keras spelling: {@code grayscale}, {@code rgb} or {@code rgba}. */
    public static ColorMode parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "grayscale", "greyscale", "gray", "grey", "l" -> GRAYSCALE;
            case "rgb" -> RGB;
            case "rgba" -> RGBA;
            default -> throw new IllegalArgumentException(
                    "color mode '" + text + "' is not one of grayscale, rgb, rgba");
        };
    }
}
