// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonString;
import dev.lamina.core.json.JsonValue;
import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.ActivationLayer;
import dev.lamina.core.layer.AveragePooling2D;
import dev.lamina.core.layer.BatchNormalization;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Dense;
import dev.lamina.core.layer.Dropout;
import dev.lamina.core.layer.Flatten;
import dev.lamina.core.layer.GlobalAveragePooling2D;
import dev.lamina.core.layer.GlobalMaxPooling2D;
import dev.lamina.core.layer.InputLayer;
import dev.lamina.core.layer.InvalidParameterException;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.layer.MaxPooling2D;
import dev.lamina.core.layer.Padding;
import dev.lamina.core.layer.Window;
import java.util.List;

/**
 * Reads and writes layer parameters under their Keras names ({@code filters}, {@code kernel_size},
 * {@code pool_size}, …) with Keras defaults. Shared by the {@code .lamina} format and the Keras
 * JSON importer, whose layer configs use the same names.
 */
public final class LayerJson {

    private LayerJson() {
    }

    /** The parameter keys of a layer kind, in the order they are written. */
    public static List<String> parameterKeys(LayerKind kind) {
        return switch (kind) {
            case INPUT -> List.of("height", "width", "channels");
            case CONV2D -> List.of("filters", "kernel_size", "strides", "padding", "activation", "use_bias");
            case MAX_POOLING2D, AVERAGE_POOLING2D -> List.of("pool_size", "strides", "padding");
            case GLOBAL_AVERAGE_POOLING2D, GLOBAL_MAX_POOLING2D, FLATTEN -> List.of();
            case DENSE -> List.of("units", "activation", "use_bias");
            case DROPOUT -> List.of("rate");
            case BATCH_NORMALIZATION -> List.of("momentum", "epsilon", "center", "scale");
            case ACTIVATION -> List.of("activation");
        };
    }

    /**
     * Builds a layer from parameters under their Keras names; absent optional parameters take the
     * Keras defaults. Type errors and out-of-range values are reported at the offending key.
     */
    public static Layer read(LayerKind kind, String name, JsonObject params) throws ModelLoadException {
        try {
            return switch (kind) {
                case INPUT -> new InputLayer(name, params.getInt("height"), params.getInt("width"),
                        params.getInt("channels"));
                case CONV2D -> new Conv2D(name, params.getInt("filters"), window(params, "kernel_size"),
                        window(params, "strides", Window.square(1)), padding(params),
                        activation(params), params.getBoolean("use_bias", true));
                case MAX_POOLING2D -> new MaxPooling2D(name, window(params, "pool_size", Window.square(2)),
                        window(params, "strides", null), padding(params));
                case AVERAGE_POOLING2D -> new AveragePooling2D(name, window(params, "pool_size", Window.square(2)),
                        window(params, "strides", null), padding(params));
                case GLOBAL_AVERAGE_POOLING2D -> new GlobalAveragePooling2D(name);
                case GLOBAL_MAX_POOLING2D -> new GlobalMaxPooling2D(name);
                case FLATTEN -> new Flatten(name);
                case DENSE -> new Dense(name, params.getInt("units"), activation(params),
                        params.getBoolean("use_bias", true));
                case DROPOUT -> new Dropout(name, params.getDouble("rate"));
                case BATCH_NORMALIZATION -> new BatchNormalization(name,
                        params.getDouble("momentum", BatchNormalization.DEFAULT_MOMENTUM),
                        params.getDouble("epsilon", BatchNormalization.DEFAULT_EPSILON),
                        params.getBoolean("center", true), params.getBoolean("scale", true));
                case ACTIVATION -> new ActivationLayer(name, activation(params));
            };
        } catch (JsonException e) {
            throw ModelLoadException.from(e);
        } catch (InvalidParameterException e) {
            String key = e.parameter();
            throw new ModelLoadException(params.originOf(key), e.reason());
        }
    }

    /** Writes every parameter of {@code layer}, defaults included, in {@link #parameterKeys} order. */
    public static void write(Layer layer, JsonObject.Builder out) {
        switch (layer) {
            case InputLayer input -> out.put("height", input.height()).put("width", input.width())
                    .put("channels", input.channels());
            case Conv2D conv -> out.put("filters", conv.filters())
                    .put("kernel_size", JsonArray.ofInts(conv.kernelSize().toArray()))
                    .put("strides", JsonArray.ofInts(conv.strides().toArray()))
                    .put("padding", conv.padding().kerasName())
                    .put("activation", conv.activation().kerasName())
                    .put("use_bias", conv.useBias());
            case MaxPooling2D pool -> writePooling(pool.poolSize(), pool.strides(), pool.padding(), out);
            case AveragePooling2D pool -> writePooling(pool.poolSize(), pool.strides(), pool.padding(), out);
            case Dense dense -> out.put("units", dense.units()).put("activation", dense.activation().kerasName())
                    .put("use_bias", dense.useBias());
            case Dropout dropout -> out.put("rate", dropout.rate());
            case BatchNormalization norm -> out.put("momentum", norm.momentum()).put("epsilon", norm.epsilon())
                    .put("center", norm.center()).put("scale", norm.scale());
            case ActivationLayer activation -> out.put("activation", activation.activation().kerasName());
            case GlobalAveragePooling2D g -> { }
            case GlobalMaxPooling2D g -> { }
            case Flatten f -> { }
        }
    }

    private static void writePooling(Window poolSize, Window strides, Padding padding, JsonObject.Builder out) {
        out.put("pool_size", JsonArray.ofInts(poolSize.toArray()))
                .put("strides", JsonArray.ofInts(strides.toArray()))
                .put("padding", padding.kerasName());
    }

    /** A window given as {@code n} (square) or {@code [height, width]}; absent or {@code null} gives {@code fallback}. */
    static Window window(JsonObject params, String key, Window fallback) {
        return params.isAbsentOrNull(key) ? fallback : window(params.get(key));
    }

    /** A window that must be given. */
    static Window window(JsonObject params, String key) {
        return window(params.require(key));
    }

    private static Window window(JsonValue value) {
        if (value instanceof JsonArray array) {
            if (array.size() != 2) {
                throw value.expected("an integer or [height, width]");
            }
            return new Window(array.get(0).asInt(), array.get(1).asInt());
        }
        if (!(value instanceof JsonNumber number) || !number.isInteger()) {
            throw value.expected("an integer or [height, width]");
        }
        return Window.square(value.asInt());
    }

    static Padding padding(JsonObject params) {
        JsonValue value = params.get("padding");
        if (value == null) {
            return Padding.VALID;
        }
        return Padding.fromKerasName(value.asString()).orElseThrow(() -> value.expected("\"valid\" or \"same\""));
    }

    /** The activation by Keras name; absent or {@code null} is {@code linear}, as in Keras. */
    static ActivationFunction activation(JsonObject params) {
        JsonValue value = params.get("activation");
        if (value == null || value.isNull()) {
            return ActivationFunction.LINEAR;
        }
        if (!(value instanceof JsonString)) {
            throw value.expected("an activation name (" + ActivationFunction.allKerasNames() + ")");
        }
        return ActivationFunction.fromKerasName(value.asString()).orElseThrow(
                () -> value.expected("one of " + ActivationFunction.allKerasNames()));
    }
}
