// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonBoolean;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonString;
import dev.lamina.core.json.JsonValue;
import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.layer.Padding;

/**
 * Reads and changes layer parameters as text, the way the Properties view edits them. A change
 * goes through the same code as loading a file ({@link LayerJson#read}), so the layer record's
 * constructor validates it and a bad value is refused with the format's own reason.
 */
public final class LayerParameters {

    private static final List<String> BOOLEANS = List.of("true", "false");

    private LayerParameters() {
    }

    /** The parameters of a layer kind, in file order. */
    public static List<LayerParameter> of(LayerKind kind) {
        List<LayerParameter> parameters = new ArrayList<>();
        for (String key : LayerJson.parameterKeys(kind)) {
            parameters.add(new LayerParameter(key, choices(key)));
        }
        return parameters;
    }

    private static List<String> choices(String key) {
        return switch (key) {
            case "padding" -> Arrays.stream(Padding.values()).map(Padding::kerasName).toList();
            case "activation" -> Arrays.stream(ActivationFunction.values()).map(ActivationFunction::kerasName).toList();
            case "use_bias", "center", "scale" -> BOOLEANS;
            default -> List.of();
        };
    }

    /** A parameter's value as text: {@code 32}, {@code 3×3}, {@code relu}, {@code 0.2}. */
    public static String text(Layer layer, String key) {
        return text(json(layer).get(key));
    }

    private static String text(JsonValue value) {
        return switch (value) {
            case JsonArray array when array.size() == 2 -> array.get(0).asInt() + "×" + array.get(1).asInt();
            case JsonString string -> string.asString();
            case JsonNumber number -> number.text();
            case JsonBoolean bool -> Boolean.toString(bool.asBoolean());
            case null -> "";
            default -> Json.writeCompact(value);
        };
    }

    /**
     * The layer with one parameter changed.
     *
     * @throws IllegalArgumentException whose message says why the value is refused
     */
    public static Layer with(Layer layer, String key, String text) {
        JsonObject current = json(layer);
        JsonObject.Builder changed = JsonObject.builder();
        for (Map.Entry<String, JsonValue> member : current.members().entrySet()) {
            changed.put(member.getKey(), member.getKey().equals(key) ? parse(key, text) : member.getValue());
        }
        try {
            return LayerJson.read(layer.kind(), layer.name(), changed.build());
        } catch (ModelLoadException e) {
            throw new IllegalArgumentException(key + ": " + e.reason(), e);
        }
    }

    /** Why a value would be refused, or {@code null} when it is fine. */
    public static String problem(Layer layer, String key, String text) {
        try {
            with(layer, key, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static JsonObject json(Layer layer) {
        JsonObject.Builder out = JsonObject.builder();
        LayerJson.write(layer, out);
        return out.build();
    }

    /** The text typed for a parameter as JSON: {@code 3x3}, {@code 3, 3} and {@code [3, 3]} are windows. */
    private static JsonValue parse(String key, String text) {
        String trimmed = text.strip();
        if (!choices(key).isEmpty() && !BOOLEANS.equals(choices(key))) {
            return JsonString.of(trimmed.toLowerCase(Locale.ROOT));
        }
        String json = trimmed;
        if (trimmed.matches("\\d+\\s*[x×X,]\\s*\\d+")) {
            json = "[" + trimmed.replaceAll("\\s*[x×X,]\\s*", ", ") + "]";
        }
        try {
            return Json.parse(json.isEmpty() ? "null" : json);
        } catch (JsonException e) {
            // Not JSON, e.g. "abc": let the layer reader say what it expected.
            return JsonString.of(trimmed);
        }
    }
}
