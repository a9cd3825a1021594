// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/** Parameter validation shared by the layer records. */
final class Checks {

    private Checks() {
    }

    static String name(String name) {
        return LayerNames.requireValid("name", name);
    }

    static void positive(String parameter, int value) {
        if (value <= 0) {
            throw new InvalidParameterException(parameter, "a positive integer", value);
        }
    }

    static void window(String parameter, Window window) {
        notNull(parameter, window);
        if (!window.isPositive()) {
            throw new InvalidParameterException(parameter, "two positive integers [height, width]",
                    "[" + window.height() + ", " + window.width() + "]");
        }
    }

    static void notNull(String parameter, Object value) {
        if (value == null) {
            throw new InvalidParameterException(parameter, "a value", "null");
        }
    }

    /** {@code low <= value < high} or {@code low <= value <= high}. */
    static void range(String parameter, double value, double low, double high, boolean highInclusive) {
        boolean ok = value >= low && (highInclusive ? value <= high : value < high);
        if (!ok || Double.isNaN(value)) {
            throw new InvalidParameterException(parameter,
                    "a number from " + plain(low) + (highInclusive ? " to " : " up to but excluding ") + plain(high),
                    plain(value));
        }
    }

    static void positive(String parameter, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidParameterException(parameter, "a positive number", plain(value));
        }
    }

    /** {@code 1} rather than {@code 1.0}, {@code 0.5} as is. */
    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
