// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict RFC 8259 recursive-descent parser that records the origin of every value. */
final class JsonParser {

    static final int MAX_DEPTH = 512;

    private final String source;
    private final String fileName;
    private int pos;
    private int line = 1;
    private int lineStart;

    JsonParser(String source, String fileName) {
        this.source = source;
        this.fileName = fileName;
    }

    JsonValue parseDocument() {
        if (source.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
        skipWhitespace();
        if (atEnd()) {
            throw syntax("empty document; expected a JSON value");
        }
        JsonValue value = parseValue("$", 0);
        skipWhitespace();
        if (!atEnd()) {
            throw syntax("unexpected " + describeCurrent() + " after the JSON value");
        }
        return value;
    }

    private JsonValue parseValue(String path, int depth) {
        JsonOrigin origin = origin(path);
        char c = source.charAt(pos);
        return switch (c) {
            case '{' -> parseObject(origin, depth + 1);
            case '[' -> parseArray(origin, depth + 1);
            case '"' -> new JsonString(parseString(), origin);
            case 't' -> literal("true", JsonBoolean.TRUE, origin);
            case 'f' -> literal("false", JsonBoolean.FALSE, origin);
            case 'n' -> literal("null", JsonNull.NULL, origin);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield new JsonNumber(parseNumber(), origin);
                }
                throw syntax("unexpected " + describeCurrent() + "; expected a JSON value");
            }
        };
    }

    private JsonObject parseObject(JsonOrigin origin, int depth) {
        checkDepth(depth);
        pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new JsonObject(members, origin);
        }
        while (true) {
            if (peek() != '"') {
                throw syntax(members.isEmpty() ? "expected a string key or '}', got " + describeCurrent()
                        : peek() == '}' ? "trailing comma before '}'" : "expected a string key, got " + describeCurrent());
            }
            int keyLine = line;
            int keyColumn = column();
            String key = parseString();
            if (members.containsKey(key)) {
                throw new JsonException(new JsonOrigin(fileName, keyLine, keyColumn, origin.path()),
                        "duplicate key " + JsonWriter.quote(key), true);
            }
            skipWhitespace();
            expect(':', "after object key");
            skipWhitespace();
            if (atEnd()) {
                throw syntax("unexpected end of input; expected a JSON value");
            }
            members.put(key, parseValue(origin.path() + JsonOrigin.pathSegment(key), depth));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
                skipWhitespace();
            } else if (c == '}') {
                pos++;
                return new JsonObject(members, origin);
            } else {
                throw syntax("expected ',' or '}' after object member, got " + describeCurrent());
            }
        }
    }

    private JsonArray parseArray(JsonOrigin origin, int depth) {
        checkDepth(depth);
        pos++;
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new JsonArray(elements, origin);
        }
        while (true) {
            if (atEnd()) {
                throw syntax("unexpected end of input; expected a JSON value");
            }
            if (peek() == ']') {
                throw syntax("trailing comma before ']'");
            }
            elements.add(parseValue(origin.path() + "[" + elements.size() + "]", depth));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
                skipWhitespace();
            } else if (c == ']') {
                pos++;
                return new JsonArray(elements, origin);
            } else {
                throw syntax("expected ',' or ']' after array element, got " + describeCurrent());
            }
        }
    }

    private String parseString() {
        pos++;
        StringBuilder out = null;
        int runStart = pos;
        while (true) {
            if (atEnd()) {
                throw syntax("unterminated string");
            }
            char c = source.charAt(pos);
            if (c == '"') {
                String run = source.substring(runStart, pos);
                pos++;
                return out == null ? run : out.append(run).toString();
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(source, runStart, pos);
                pos++;
                out.append(parseEscape());
                runStart = pos;
            } else if (c < 0x20) {
                throw syntax(c == '\n' || c == '\r' ? "unterminated string (a string cannot span lines)"
                        : String.format("control character U+%04X in a string must be escaped", (int) c));
            } else {
                pos++;
            }
        }
    }

    private char parseEscape() {
        if (atEnd()) {
            throw syntax("unterminated string");
        }
        char c = source.charAt(pos++);
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (pos + 4 > source.length()) {
                    pos--;
                    throw syntax("incomplete \\u escape; expected 4 hex digits");
                }
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(source.charAt(pos), 16);
                    if (digit < 0) {
                        throw syntax("invalid hex digit " + describeCurrent() + " in \\u escape");
                    }
                    value = value * 16 + digit;
                    pos++;
                }
                yield (char) value;
            }
            default -> {
                pos -= 2;
                throw syntax("invalid escape '\\" + c + "'; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
            }
        };
    }

    private String parseNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw syntax("leading zeros are not allowed in numbers");
            }
        } else if (isDigit(peek())) {
            skipDigits();
        } else {
            throw syntax("expected a digit, got " + describeCurrent());
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw syntax("expected a digit after the decimal point, got " + describeCurrent());
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw syntax("expected a digit in the exponent, got " + describeCurrent());
            }
            skipDigits();
        }
        return source.substring(start, pos);
    }

    private JsonValue literal(String word, JsonValue value, JsonOrigin origin) {
        if (!source.startsWith(word, pos)) {
            throw syntax("unexpected " + describeCurrent() + "; expected a JSON value");
        }
        pos += word.length();
        return switch (value) {
            case JsonBoolean b -> new JsonBoolean(b.asBoolean(), origin);
            default -> new JsonNull(origin);
        };
    }

    private void skipWhitespace() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n') {
                pos++;
                newLine();
            } else if (c == '\r') {
                pos++;
                if (pos < source.length() && source.charAt(pos) == '\n') {
                    pos++;
                }
                newLine();
            } else {
                return;
            }
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void expect(char c, String context) {
        if (peek() != c) {
            throw syntax("expected '" + c + "' " + context + ", got " + describeCurrent());
        }
        pos++;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw syntax("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private boolean atEnd() {
        return pos >= source.length();
    }

    /** The current character, or NUL at the end (NUL cannot start any JSON token). */
    private char peek() {
        return pos < source.length() ? source.charAt(pos) : '\0';
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private JsonOrigin origin(String path) {
        return new JsonOrigin(fileName, line, column(), path);
    }

    private String describeCurrent() {
        if (atEnd()) {
            return "end of input";
        }
        int c = source.codePointAt(pos);
        if (c < 0x20 || c == 0x7F) {
            return String.format("U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    private JsonException syntax(String reason) {
        return new JsonException(new JsonOrigin(fileName, line, column(), null), reason, true);
    }
}
