// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

/**
 * Entry point for reading and writing JSON (RFC 8259, strict: no comments, no trailing commas,
 * no duplicate keys, no NaN).
 *
 * <pre>{@code
 * JsonObject root = Json.parse(text, "model.lamina").asObject();
 * int filters = root.getArray("layers").get(2).asObject().getInt("filters");
 * String text = Json.write(root);
 * }</pre>
 */
public final class Json {

    private Json() {
    }

    /**
     * Parses a JSON document. Syntax errors throw a {@link JsonException} whose message starts with
     * {@code fileName:line:column}; the values returned remember their origin for later errors.
     *
     * @param fileName the name shown in messages, or {@code null}
     */
    public static JsonValue parse(String source, String fileName) {
        return new JsonParser(source, fileName).parseDocument();
    }

    /** Parses a JSON document that has no file name. */
    public static JsonValue parse(String source) {
        return parse(source, null);
    }

    /**
     * Pretty JSON: two-space indent, object members in their order, each object over several lines,
     * short arrays of scalars on one line. No trailing newline.
     */
    public static String write(JsonValue value) {
        return JsonWriter.pretty(value);
    }

    /** One-line JSON with Python's separators ({@code ", "} and {@code ": "}), as Keras writes it. */
    public static String writeCompact(JsonValue value) {
        return JsonWriter.compact(value);
    }

    /** A JSON string literal for {@code text}, quotes included. */
    public static String quote(String text) {
        return JsonWriter.quote(text);
    }
}
