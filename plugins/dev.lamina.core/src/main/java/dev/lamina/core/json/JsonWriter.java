// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON text. The pretty form is built to diff well: two-space indent, members in the
 * object's order, every object on its own lines, and arrays of a few scalars on one line.
 */
final class JsonWriter {

    /** Arrays of scalars up to this many characters stay on one line, e.g. {@code [3, 3]}. */
    static final int INLINE_ARRAY_LIMIT = 60;

    private JsonWriter() {
    }

    static String pretty(JsonValue value) {
        StringBuilder out = new StringBuilder();
        writePretty(value, 0, out);
        return out.toString();
    }

    static String compact(JsonValue value) {
        StringBuilder out = new StringBuilder();
        writeCompact(value, out);
        return out.toString();
    }

    private static void writePretty(JsonValue value, int indent, StringBuilder out) {
        switch (value) {
            case JsonObject object -> {
                if (object.size() == 0) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                Iterator<Map.Entry<String, JsonValue>> members = object.members().entrySet().iterator();
                while (members.hasNext()) {
                    Map.Entry<String, JsonValue> member = members.next();
                    indent(indent + 2, out);
                    out.append(quote(member.getKey())).append(": ");
                    writePretty(member.getValue(), indent + 2, out);
                    out.append(members.hasNext() ? ",\n" : "\n");
                }
                indent(indent, out);
                out.append('}');
            }
            case JsonArray array -> {
                String inline = inlineArray(array);
                if (inline != null) {
                    out.append(inline);
                    return;
                }
                out.append("[\n");
                for (int i = 0; i < array.size(); i++) {
                    indent(indent + 2, out);
                    writePretty(array.get(i), indent + 2, out);
                    out.append(i + 1 < array.size() ? ",\n" : "\n");
                }
                indent(indent, out);
                out.append(']');
            }
            default -> writeScalar(value, out);
        }
    }

    private static String inlineArray(JsonArray array) {
        for (JsonValue element : array) {
            if (element instanceof JsonObject || element instanceof JsonArray) {
                return null;
            }
        }
        String compact = compact(array);
        return compact.length() <= INLINE_ARRAY_LIMIT ? compact : null;
    }

    private static void writeCompact(JsonValue value, StringBuilder out) {
        switch (value) {
            case JsonObject object -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    out.append(quote(member.getKey())).append(": ");
                    writeCompact(member.getValue(), out);
                }
                out.append('}');
            }
            case JsonArray array -> {
                out.append('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    writeCompact(array.get(i), out);
                }
                out.append(']');
            }
            default -> writeScalar(value, out);
        }
    }

    private static void writeScalar(JsonValue value, StringBuilder out) {
        switch (value) {
            case JsonString string -> out.append(quote(string.asString()));
            case JsonNumber number -> out.append(number.text());
            case JsonBoolean bool -> out.append(bool.asBoolean());
            default -> out.append("null");
        }
    }

    private static void indent(int spaces, StringBuilder out) {
        out.repeat(' ', spaces);
    }

    /** A JSON string literal; non-ASCII characters are written as they are (files are UTF-8). */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
