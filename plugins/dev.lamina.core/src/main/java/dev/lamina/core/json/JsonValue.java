// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

/**
 * A JSON value. Values are immutable; those read by {@link Json#parse(String, String)} know their
 * {@link #origin() origin}, so the typed accessors report errors with file, line, column and path.
 * Equality ignores origins.
 */
public abstract sealed class JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    private final JsonOrigin origin;

    JsonValue(JsonOrigin origin) {
        this.origin = origin == null ? JsonOrigin.ROOT : origin;
    }

    /** Where this value was read from; {@link JsonOrigin#ROOT} for values built in code. */
    public JsonOrigin origin() {
        return origin;
    }

    /** This value as an object, or a {@link JsonException} saying an object was expected. */
    public JsonObject asObject() {
        throw expected("an object");
    }

    /** This value as an array, or a {@link JsonException}. */
    public JsonArray asArray() {
        throw expected("an array");
    }

    /** This value as a string, or a {@link JsonException}. */
    public String asString() {
        throw expected("a string");
    }

    /** This value as an integer without fraction or exponent in {@code int} range, or a {@link JsonException}. */
    public int asInt() {
        throw expected("an integer");
    }

    /** This value as an integer without fraction or exponent in {@code long} range, or a {@link JsonException}. */
    public long asLong() {
        throw expected("an integer");
    }

    /** This value as a finite double, or a {@link JsonException}. */
    public double asDouble() {
        throw expected("a number");
    }

    /** This value as a boolean, or a {@link JsonException}. */
    public boolean asBoolean() {
        throw expected("true or false");
    }

    /** Whether this is JSON {@code null}. */
    public boolean isNull() {
        return false;
    }

    /** An exception about this value: {@code expected <what>, got <this value>}. */
    public JsonException expected(String what) {
        return error("expected " + what + ", got " + describe());
    }

    /** An exception about this value with the given reason. */
    public JsonException error(String reason) {
        return new JsonException(origin, reason);
    }

    /** A short one-line description for messages: {@code -3}, {@code "abc"}, {@code an object}. */
    public abstract String describe();

    /** The compact JSON text of this value. */
    @Override
    public String toString() {
        return Json.writeCompact(this);
    }
}
