// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.core.layer.InvalidParameterException;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.layer.LayerNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code .lamina} model format, version {@value #VERSION}: JSON with a {@code format} version,
 * the model {@code name}, its {@code layers} in order (one object per layer, every parameter
 * written) and a separate {@code layout} of block positions. See {@code docs/model-format.md}.
 */
public final class LaminaFormat {

    /** The format version this Lamina writes and the newest it reads. */
    public static final int VERSION = 1;

    /** The file extension, with its dot. */
    public static final String EXTENSION = ".lamina";

    private static final List<String> TOP_LEVEL_KEYS = List.of("format", "name", "layers", "layout");

    private LaminaFormat() {
    }

    /** The file text for {@code model}: stable, pretty JSON ending in a newline. */
    public static String write(Model model) {
        return Json.write(toJson(model)) + "\n";
    }

    /** The JSON tree for {@code model}. */
    public static JsonObject toJson(Model model) {
        List<JsonValue> layers = new ArrayList<>();
        for (Layer layer : model.layers()) {
            JsonObject.Builder out = JsonObject.builder()
                    .put("type", layer.kind().kerasName())
                    .put("name", layer.name());
            LayerJson.write(layer, out);
            layers.add(out.build());
        }
        // Only blocks of existing layers, in layer order, so the section is deterministic.
        JsonObject.Builder layout = JsonObject.builder();
        for (Layer layer : model.layers()) {
            model.layout().positionOf(layer.name())
                    .ifPresent(p -> layout.put(layer.name(), JsonArray.ofInts(p.x(), p.y())));
        }
        return JsonObject.builder()
                .put("format", VERSION)
                .put("name", model.name())
                .put("layers", JsonArray.of(layers))
                .put("layout", layout.build())
                .build();
    }

    /**
     * Reads a model from {@code .lamina} text.
     *
     * @param fileName shown in error messages, e.g. {@code horses.lamina}
     */
    public static Model read(String source, String fileName) throws ModelLoadException {
        try {
            return fromJson(Json.parse(source, fileName));
        } catch (JsonException e) {
            throw ModelLoadException.from(e);
        }
    }

    /** Reads a model from a parsed {@code .lamina} document. */
    public static Model fromJson(JsonValue document) throws ModelLoadException {
        try {
            JsonObject root = document.asObject();
            checkFormat(root);
            root.rejectUnknownKeys(TOP_LEVEL_KEYS);
            String name = root.getString("name", Model.DEFAULT_NAME);
            try {
                LayerNames.requireValid("name", name);
            } catch (InvalidParameterException e) {
                throw new ModelLoadException(root.originOf("name"), e.reason());
            }
            List<Layer> layers = readLayers(root.getArray("layers"));
            Layout layout = root.has("layout") ? readLayout(root.getObject("layout"), layers) : Layout.EMPTY;
            return new Model(name, layers, layout);
        } catch (JsonException e) {
            throw ModelLoadException.from(e);
        }
    }

    private static void checkFormat(JsonObject root) throws ModelLoadException {
        JsonValue format = root.get("format");
        if (format == null) {
            throw new ModelLoadException(root.originOf("format"),
                    "missing; expected \"format\": " + VERSION + " (is this a .lamina model?)");
        }
        int version;
        try {
            version = format.asInt();
        } catch (JsonException e) {
            throw new ModelLoadException(format.origin(), "expected format version " + VERSION + ", got "
                    + format.describe());
        }
        if (version > VERSION) {
            throw new ModelLoadException(format.origin(), "format " + version
                    + " is newer than this Lamina reads (up to " + VERSION + "); update Lamina to open it");
        }
        if (version < 1) {
            throw new ModelLoadException(format.origin(), "expected format version " + VERSION + ", got " + version);
        }
    }

    private static List<Layer> readLayers(JsonArray array) throws ModelLoadException {
        List<Layer> layers = new ArrayList<>(array.size());
        Map<String, String> pathsByName = new HashMap<>();
        for (JsonValue element : array) {
            JsonObject object = element.asObject();
            JsonValue type = object.require("type");
            LayerKind kind = LayerKind.fromKerasName(type.asString()).orElseThrow(
                    () -> type.error("unknown layer type " + type.describe() + "; expected one of "
                            + LayerKind.allKerasNames()));
            List<String> known = new ArrayList<>(List.of("type", "name"));
            known.addAll(LayerJson.parameterKeys(kind));
            object.rejectUnknownKeys(known);
            JsonValue name = object.require("name");
            String previous = pathsByName.putIfAbsent(name.asString(), object.origin().path());
            if (previous != null) {
                throw new ModelLoadException(name.origin(), "duplicate layer name " + name.describe()
                        + " (also at " + previous + ")");
            }
            layers.add(LayerJson.read(kind, name.asString(), object));
        }
        return layers;
    }

    /** Positions of layers that no longer exist are dropped: the layout is cosmetic. */
    private static Layout readLayout(JsonObject object, List<Layer> layers) {
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Layer layer : layers) {
            JsonValue value = object.get(layer.name());
            if (value != null) {
                JsonArray xy = value.asArray();
                if (xy.size() != 2) {
                    throw value.expected("[x, y]");
                }
                positions.put(layer.name(), new Position(xy.get(0).asInt(), xy.get(1).asInt()));
            }
        }
        return new Layout(positions);
    }
}
