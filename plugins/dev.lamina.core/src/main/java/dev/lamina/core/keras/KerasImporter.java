// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.keras;

import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.core.layer.InputLayer;
import dev.lamina.core.layer.InvalidParameterException;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.layer.LayerNames;
import dev.lamina.core.model.LayerJson;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelLoadException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a Sequential model from tf.keras 2.x or Keras 3 {@code model.to_json()} output. */
final class KerasImporter {

    private static final Map<String, String> DEFAULT_INITIALIZERS = Map.of(
            "kernel_initializer", "GlorotUniform",
            "bias_initializer", "Zeros",
            "beta_initializer", "Zeros",
            "gamma_initializer", "Ones",
            "moving_mean_initializer", "Zeros",
            "moving_variance_initializer", "Ones");

    private static final List<String> TRAINING_ONLY = List.of(
            "kernel_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint",
            "bias_constraint", "beta_regularizer", "gamma_regularizer", "beta_constraint", "gamma_constraint");

    private final List<Layer> layers = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final List<String> notes = new ArrayList<>();

    KerasImport read(JsonValue document) throws ModelLoadException {
        try {
            JsonObject root = document.asObject();
            JsonValue className = root.require("class_name");
            if (!"Sequential".equals(className.asString())) {
                throw new ModelLoadException(className.origin(),
                        "only Sequential models can be imported, got " + className.describe());
            }
            JsonObject config = root.getObject("config");
            String name = config.getString("name", Model.DEFAULT_NAME);
            try {
                LayerNames.requireValid("name", name);
            } catch (InvalidParameterException e) {
                throw new ModelLoadException(config.originOf("name"), e.reason());
            }
            for (JsonValue entry : config.getArray("layers")) {
                readLayer(entry.asObject());
            }
            addInputFromBuildShape(config);
            return new KerasImport(new Model(name, layers), notes);
        } catch (JsonException e) {
            throw ModelLoadException.from(e);
        }
    }

    private void readLayer(JsonObject entry) throws ModelLoadException {
        JsonValue className = entry.require("class_name");
        JsonObject config = entry.getObject("config");
        String givenName = config.has("name") ? config.getString("name") : null;
        LayerKind kind = LayerKind.fromKerasName(className.asString()).orElseThrow(() -> entry.error(
                "unsupported Keras layer " + className.asString() + (givenName == null ? "" : " \"" + givenName + "\"")
                        + "; Lamina supports " + LayerKind.allKerasNames()));
        String name = givenName != null ? givenName : LayerNames.unique(kind, names);
        if (kind == LayerKind.INPUT) {
            JsonValue shape = config.has("batch_shape") ? config.get("batch_shape") : config.require("batch_input_shape");
            add(input(name, shape), config);
            return;
        }
        // tf.keras 2.x without an InputLayer entry keeps the input shape on the first layer.
        if (layers.isEmpty()) {
            JsonValue shape = config.has("batch_input_shape") ? config.get("batch_input_shape") : config.get("batch_shape");
            if (shape != null && !shape.isNull()) {
                String inputName = names.contains(name + "_input") ? LayerNames.unique(LayerKind.INPUT, names)
                        : name + "_input";
                add(input(inputName, shape), config);
            }
        }
        checkRepresentable(kind, name, config);
        noteTrainingOnly(name, config);
        add(LayerJson.read(kind, name, config), config);
    }

    private void add(Layer layer, JsonObject config) throws ModelLoadException {
        if (!names.add(layer.name())) {
            throw new ModelLoadException(config.originOf("name"), "duplicate layer name \"" + layer.name() + "\"");
        }
        layers.add(layer);
    }

    /** Keras 3 Sequential models built without an InputLayer record the input as {@code build_input_shape}. */
    private void addInputFromBuildShape(JsonObject config) throws ModelLoadException {
        boolean hasInput = !layers.isEmpty() && layers.getFirst() instanceof InputLayer;
        if (!hasInput && !config.isAbsentOrNull("build_input_shape")) {
            layers.addFirst(input(LayerNames.unique(LayerKind.INPUT, names), config.get("build_input_shape")));
        }
    }

    private static InputLayer input(String name, JsonValue batchShape) throws ModelLoadException {
        JsonArray dims = batchShape.asArray();
        if (dims.size() != 4 || !(dims.get(0).isNull() || dims.get(0) instanceof JsonNumber)) {
            throw batchShape.expected("[null, height, width, channels] (Lamina models take images)");
        }
        try {
            return new InputLayer(name, dims.get(1).asInt(), dims.get(2).asInt(), dims.get(3).asInt());
        } catch (InvalidParameterException e) {
            throw new ModelLoadException(batchShape.origin(), "expected positive dimensions, got " + batchShape.describe());
        }
    }

    /** Settings that change what the layer computes and that Lamina cannot express are errors. */
    private static void checkRepresentable(LayerKind kind, String name, JsonObject config) {
        JsonValue dataFormat = config.get("data_format");
        if (dataFormat != null && !dataFormat.isNull() && !"channels_last".equals(dataFormat.asString())) {
            throw dataFormat.error(name + ": Lamina supports channels_last only, got " + dataFormat.describe());
        }
        JsonValue dilation = config.get("dilation_rate");
        if (dilation != null && !isOne(dilation)) {
            throw dilation.error(name + ": dilated convolutions are not supported, got " + dilation.describe());
        }
        JsonValue groups = config.get("groups");
        if (groups != null && groups.asInt() != 1) {
            throw groups.error(name + ": grouped convolutions are not supported, got " + groups.describe());
        }
        JsonValue keepdims = config.get("keepdims");
        if (keepdims != null && keepdims.asBoolean()) {
            throw keepdims.error(name + ": keepdims is not supported, got true");
        }
        if (kind == LayerKind.BATCH_NORMALIZATION) {
            JsonValue axis = config.get("axis");
            if (axis != null && !isLastAxis(axis)) {
                throw axis.error(name + ": only the channels axis (-1) is supported, got " + axis.describe());
            }
        }
    }

    private static boolean isOne(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.elements().stream().allMatch(v -> v.asInt() == 1);
        }
        return value.asInt() == 1;
    }

    /** {@code -1}, or {@code [3]} as built tf.keras 2.x models write it for images. */
    private static boolean isLastAxis(JsonValue axis) {
        JsonValue single = axis instanceof JsonArray array && array.size() == 1 ? array.get(0) : axis;
        int value = single.asInt();
        return value == -1 || value == 3 || value == 1;
    }

    private void noteTrainingOnly(String name, JsonObject config) {
        for (Map.Entry<String, String> initializer : DEFAULT_INITIALIZERS.entrySet()) {
            JsonValue value = config.get(initializer.getKey());
            if (value instanceof JsonObject object && !initializer.getValue().equals(object.getString("class_name", ""))) {
                notes.add(name + ": " + initializer.getKey() + " " + object.getString("class_name", "?")
                        + " is not kept; Lamina uses " + initializer.getValue());
            }
        }
        for (String key : TRAINING_ONLY) {
            if (!config.isAbsentOrNull(key)) {
                JsonValue value = config.get(key);
                String what = value instanceof JsonObject object ? object.getString("class_name", "") : "";
                notes.add(name + ": " + key + (what.isEmpty() ? "" : " " + what) + " is not kept");
            }
        }
        if (!config.getBoolean("trainable", true)) {
            notes.add(name + ": trainable false is not kept; Lamina trains every layer");
        }
        if (!config.isAbsentOrNull("noise_shape")) {
            notes.add(name + ": noise_shape is not kept");
        }
    }
}
