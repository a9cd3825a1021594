// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

import java.util.Objects;

/** A JSON string. */
public final class JsonString extends JsonValue {

    private static final int DESCRIBE_LIMIT = 40;

    private final String value;

    JsonString(String value, JsonOrigin origin) {
        super(origin);
        this.value = Objects.requireNonNull(value, "value");
    }

    /** A string value built in code. */
    public static JsonString of(String value) {
        return new JsonString(value, null);
    }

    @Override
    public String asString() {
        return value;
    }

    @Override
    public String describe() {
        String shown = value.length() > DESCRIBE_LIMIT ? value.substring(0, DESCRIBE_LIMIT) + "…" : value;
        return JsonWriter.quote(shown);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonString s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
