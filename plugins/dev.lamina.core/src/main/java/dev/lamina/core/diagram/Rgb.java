// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import java.util.Locale;

/** An sRGB colour, 0 to 255 per channel. */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("RGB channels must be 0 to 255, got " + red + ", " + green + ", " + blue);
        }
    }

    /** From {@code 0xRRGGBB}. */
    public static Rgb of(int rgb) {
        return new Rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** This colour moved towards {@code other} by {@code amount} (0 = this, 1 = other). */
    public Rgb mix(Rgb other, double amount) {
        return new Rgb(channel(red, other.red, amount), channel(green, other.green, amount),
                channel(blue, other.blue, amount));
    }

    /** {@code #1f77b4}. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** {@code 0xRRGGBB}. */
    public int value() {
        return (red << 16) | (green << 8) | blue;
    }

    private static int channel(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * amount);
    }
}
