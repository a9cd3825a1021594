// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

/** JSON {@code true} or {@code false}. */
public final class JsonBoolean extends JsonValue {

    public static final JsonBoolean TRUE = new JsonBoolean(true, null);
    public static final JsonBoolean FALSE = new JsonBoolean(false, null);

    private final boolean value;

    JsonBoolean(boolean value, JsonOrigin origin) {
        super(origin);
        this.value = value;
    }

    /** {@link #TRUE} or {@link #FALSE}. */
    public static JsonBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public boolean asBoolean() {
        return value;
    }

    @Override
    public String describe() {
        return Boolean.toString(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonBoolean b && b.value == value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }
}
