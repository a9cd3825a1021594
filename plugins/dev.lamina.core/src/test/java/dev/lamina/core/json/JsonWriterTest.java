// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesStablePrettyJson() {
        JsonObject layer = JsonObject.builder()
                .put("type", "Conv2D")
                .put("kernel_size", JsonArray.ofInts(3, 3))
                .put("use_bias", true)
                .putNull("note")
                .build();
        JsonObject root = JsonObject.builder()
                .put("format", 1)
                .put("layers", JsonArray.of(layer, JsonObject.builder().build()))
                .put("empty", JsonArray.of())
                .put("rate", 0.5)
                .build();
        assertEquals("""
                {
                  "format": 1,
                  "layers": [
                    {
                      "type": "Conv2D",
                      "kernel_size": [3, 3],
                      "use_bias": true,
                      "note": null
                    },
                    {}
                  ],
                  "empty": [],
                  "rate": 0.5
                }""", Json.write(root));
    }

    @Test
    void longArraysAndArraysOfContainersGoOnSeveralLines() {
        JsonArray longArray = JsonArray.ofInts(new int[30]);
        assertEquals(30 + 2, Json.write(longArray).split("\n").length);
        assertEquals("[\n  [1]\n]", Json.write(JsonArray.of(JsonArray.ofInts(1))));
    }

    @Test
    void compactFormUsesPythonSeparators() {
        JsonObject object = JsonObject.builder().put("a", JsonArray.ofInts(1, 2)).put("b", "c").build();
        assertEquals("{\"a\": [1, 2], \"b\": \"c\"}", Json.writeCompact(object));
    }

    @Test
    void escapesWhatJsonRequires() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001é\"", Json.quote("a\"b\\c\n\t\u0001é"));
    }

    @Test
    void writesDoublesAsPythonDoes() {
        assertEquals("0.001", JsonNumber.of(0.001).text());
        assertEquals("0.99", JsonNumber.of(0.99).text());
        assertEquals("1.0", JsonNumber.of(1.0).text());
        assertEquals("0.0001", JsonNumber.of(1e-4).text());
        assertEquals("1e-05", JsonNumber.of(1e-5).text());
        assertEquals("1.5e-07", JsonNumber.of(1.5e-7).text());
        assertEquals("1e+16", JsonNumber.of(1e16).text());
        assertEquals("123456789.0", JsonNumber.of(123456789.0).text());
        assertEquals("-0.25", JsonNumber.of(-0.25).text());
    }

    @Test
    void writingAParsedDocumentReproducesIt() {
        String text = """
                {
                  "a": [1, 2.50, -3e-2],
                  "b": {
                    "c": "é\\n"
                  }
                }""";
        assertEquals(text, Json.write(Json.parse(text)));
    }
}
