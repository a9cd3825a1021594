// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A JSON array. */
public final class JsonArray extends JsonValue implements Iterable<JsonValue> {

    private final List<JsonValue> elements;

    JsonArray(List<JsonValue> elements, JsonOrigin origin) {
        super(origin);
        this.elements = List.copyOf(elements);
    }

    /** An array of the given values. */
    public static JsonArray of(JsonValue... values) {
        return new JsonArray(List.of(values), null);
    }

    /** An array of the given values. */
    public static JsonArray of(List<? extends JsonValue> values) {
        return new JsonArray(List.copyOf(values), null);
    }

    /** An array of integers, e.g. {@code [3, 3]}. */
    public static JsonArray ofInts(int... values) {
        List<JsonValue> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add(JsonNumber.of(value));
        }
        return new JsonArray(list, null);
    }

    @Override
    public JsonArray asArray() {
        return this;
    }

    /** The elements, unmodifiable. */
    public List<JsonValue> elements() {
        return elements;
    }

    public int size() {
        return elements.size();
    }

    public JsonValue get(int index) {
        return elements.get(index);
    }

    /** All elements as ints; an element that is not an integer is reported with its path. */
    public int[] asInts() {
        int[] result = new int[elements.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = elements.get(i).asInt();
        }
        return result;
    }

    @Override
    public Iterator<JsonValue> iterator() {
        return elements.iterator();
    }

    @Override
    public String describe() {
        String compact = toString();
        return compact.length() <= 40 ? compact : "an array of " + elements.size() + " elements";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonArray a && a.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }
}
