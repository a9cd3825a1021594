// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonParserTest {

    @Test
    void parsesAllValueKindsKeepingMemberOrder() {
        JsonObject root = Json.parse("""
                {"z": 1, "a": [true, false, null], "m": {"s": "x\\u00e9\\n\\"q\\""}, "n": -0.5e+2}
                """).asObject();
        assertEquals(List.of("z", "a", "m", "n"), List.copyOf(root.keys()));
        assertEquals(1, root.getInt("z"));
        assertTrue(root.getArray("a").get(0).asBoolean());
        assertTrue(root.getArray("a").get(2).isNull());
        assertEquals("xé\n\"q\"", root.getObject("m").getString("s"));
        assertEquals(-50.0, root.getDouble("n"));
    }

    @Test
    void decodesSurrogatePairs() {
        assertEquals("😀", Json.parse("\"\\ud83d\\ude00\"").asString());
        assertEquals("😀", Json.parse("\"😀\"").asString());
    }

    @Test
    void recordsLineColumnAndPathOfEveryValue() {
        JsonObject root = Json.parse("{\n  \"layers\": [\n    {\"filters\": 32}\n  ]\n}", "m.lamina").asObject();
        JsonValue filters = root.getArray("layers").get(0).asObject().get("filters");
        assertEquals(new JsonOrigin("m.lamina", 3, 17, "$.layers[0].filters"), filters.origin());
    }

    @Test
    void countsCrLfAndCrAsOneLineBreak() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("{\r\n\"a\": 1,\r\"b\" 2}", "f.json"));
        assertEquals("f.json:3:5: expected ':' after object key, got '2'", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                   | 1:1: empty document; expected a JSON value
            '{"a": 1,}'          | 1:9: trailing comma before '}'
            '[1, 2,]'            | 1:7: trailing comma before ']'
            '{"a": 1 "b": 2}'    | 1:9: expected ',' or '}' after object member, got '"'
            '{"a": 1, "a": 2}'   | 1:10: duplicate key "a"
            '[01]'               | 1:3: leading zeros are not allowed in numbers
            '[1.]'               | 1:4: expected a digit after the decimal point, got ']'
            '[-]'                | 1:3: expected a digit, got ']'
            '[NaN]'              | 1:2: unexpected 'N'; expected a JSON value
            '[tru]'              | 1:2: unexpected 't'; expected a JSON value
            '{a: 1}'             | 1:2: expected a string key or '}', got 'a'
            '// c'               | 1:1: unexpected '/'; expected a JSON value
            '"abc'               | 1:5: unterminated string
            '"\\x"'              | 1:2: invalid escape '\\x'; expected one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX
            '"\\u12G4"'          | 1:6: invalid hex digit 'G' in \\u escape
            '{} {}'              | 1:4: unexpected '{' after the JSON value
            '[1, 2'              | 1:6: expected ',' or ']' after array element, got end of input
            '{"a":'              | 1:6: unexpected end of input; expected a JSON value
            """)
    void rejectsWhatRfc8259Rejects(String source, String message) {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse(source, "doc.json"));
        assertEquals("doc.json:" + message, e.getMessage());
        assertTrue(e.isSyntaxError());
    }

    @Test
    void rejectsRawControlCharactersInStrings() {
        assertEquals("1:3: control character U+0001 in a string must be escaped",
                assertThrows(JsonException.class, () -> Json.parse("\"a\u0001\"")).getMessage());
        assertEquals("1:3: unterminated string (a string cannot span lines)",
                assertThrows(JsonException.class, () -> Json.parse("\"a\nb\"")).getMessage());
    }

    @Test
    void limitsNesting() {
        String deep = "[".repeat(JsonParser.MAX_DEPTH + 1) + "]".repeat(JsonParser.MAX_DEPTH + 1);
        assertTrue(assertThrows(JsonException.class, () -> Json.parse(deep)).getMessage().contains("nesting deeper"));
        String ok = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
        assertEquals(1, Json.parse(ok).asArray().size());
    }

    @Test
    void skipsAByteOrderMark() {
        assertEquals(1, Json.parse("\uFEFF[1]").asArray().size());
    }

    @Test
    void typedGettersReportPathLineAndWhatWasExpected() {
        JsonObject layer = Json.parse("{\"layers\": [{}, {\n  \"filters\": \"3\", \"rate\": 2.5}]}", "h.lamina")
                .asObject().getArray("layers").get(1).asObject();
        assertEquals("h.lamina:2:14: $.layers[1].filters: expected an integer, got \"3\"",
                assertThrows(JsonException.class, () -> layer.getInt("filters")).getMessage());
        assertEquals("h.lamina:2:27: $.layers[1].rate: expected an integer, got 2.5",
                assertThrows(JsonException.class, () -> layer.getInt("rate")).getMessage());
        assertEquals("h.lamina:1:17: $.layers[1].units: missing",
                assertThrows(JsonException.class, () -> layer.getInt("units")).getMessage());
        assertEquals("h.lamina:1:17: $.layers[1]: expected an array, got an object",
                assertThrows(JsonException.class, layer::asArray).getMessage());
        assertFalse(assertThrows(JsonException.class, () -> layer.getInt("filters")).isSyntaxError());
    }

    @Test
    void integersMustBeWrittenAsIntegersAndFit() {
        assertEquals(3, Json.parse("3").asInt());
        assertThrows(JsonException.class, () -> Json.parse("3.0").asInt());
        assertThrows(JsonException.class, () -> Json.parse("1e2").asInt());
        assertEquals("1:1: $: expected an integer between -2147483648 and 2147483647, got 3000000000",
                assertThrows(JsonException.class, () -> Json.parse("3000000000").asInt()).getMessage());
        assertEquals(3000000000L, Json.parse("3000000000").asLong());
        assertThrows(JsonException.class, () -> Json.parse("1e999").asDouble());
    }

    @Test
    void pathsQuoteKeysThatAreNotIdentifiers() {
        JsonValue value = Json.parse("{\"conv 2d\": {\"x\": 1}}").asObject().getObject("conv 2d").get("x");
        assertEquals("$['conv 2d'].x", value.origin().path());
    }

    @Test
    void rejectsUnknownKeysNamingThem() {
        JsonObject object = Json.parse("{\"filters\": 1, \"filter\": 2}", "a.lamina").asObject();
        assertEquals("a.lamina:1:26: $.filter: unknown key; expected one of filters",
                assertThrows(JsonException.class, () -> object.rejectUnknownKeys(List.of("filters"))).getMessage());
    }

    @Test
    void equalityIgnoresOriginAndNumberSpelling() {
        assertEquals(Json.parse("{\"a\": [1.0]}"), Json.parse("{ \"a\" : [ 1 ] }"));
        assertEquals(Json.parse("1.50").hashCode(), Json.parse("1.5").hashCode());
    }
}
