// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON number. It keeps its JSON text, so a parsed document is written back as it was read;
 * numbers built from doubles are written the way Python writes them ({@code 0.001}, {@code 1.0},
 * {@code 1e-07}), which keeps Keras JSON familiar. Equality compares numeric values.
 */
public final class JsonNumber extends JsonValue {

    private final String text;
    private final BigDecimal value;

    JsonNumber(String text, JsonOrigin origin) {
        super(origin);
        this.text = text;
        this.value = new BigDecimal(text);
    }

    /** An integer number. */
    public static JsonNumber of(long value) {
        return new JsonNumber(Long.toString(value), null);
    }

    /** A finite double, written in its shortest round-trip form. */
    public static JsonNumber of(double value) {
        return new JsonNumber(formatDouble(value), null);
    }

    /** The JSON text of this number. */
    public String text() {
        return text;
    }

    /** The exact value. */
    public BigDecimal value() {
        return value;
    }

    /** Whether the text is an integer: no fraction and no exponent. */
    public boolean isInteger() {
        return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    }

    @Override
    public int asInt() {
        long result = asLong();
        if (result < Integer.MIN_VALUE || result > Integer.MAX_VALUE) {
            throw expected("an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
        return (int) result;
    }

    @Override
    public long asLong() {
        if (!isInteger()) {
            throw expected("an integer");
        }
        BigInteger integer = value.toBigInteger();
        if (integer.bitLength() > 63) {
            throw expected("an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
        }
        return integer.longValue();
    }

    @Override
    public double asDouble() {
        double result = value.doubleValue();
        if (Double.isInfinite(result)) {
            throw expected("a number in double range");
        }
        return result;
    }

    @Override
    public String describe() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber n && n.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    /** Python's {@code repr(float)}: plain notation for exponents -4..15, else {@code 1.5e-07}. */
    static String formatDouble(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no NaN or Infinity, got " + d);
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = shortest.toPlainString();
            return plain.indexOf('.') < 0 ? plain + ".0" : plain;
        }
        String digits = shortest.unscaledValue().abs().toString();
        StringBuilder out = new StringBuilder();
        if (d < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            out.append('0');
        }
        return out.append(magnitude).toString();
    }
}
