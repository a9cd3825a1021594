// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

/** JSON {@code null}. */
public final class JsonNull extends JsonValue {

    /** The {@code null} value built in code. */
    public static final JsonNull NULL = new JsonNull(null);

    JsonNull(JsonOrigin origin) {
        super(origin);
    }

    @Override
    public boolean isNull() {
        return true;
    }

    @Override
    public String describe() {
        return "null";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNull;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
