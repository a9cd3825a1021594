// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.keras;

import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonNull;
import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
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
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.MaxPooling2D;
import dev.lamina.core.layer.Padding;
import dev.lamina.core.layer.Window;
import dev.lamina.core.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a model as tf.keras 2.x {@code model.to_json()} writes it, full layer configs included,
 * in the key order tf.keras 2.15 uses.
 */
final class KerasExporter {

    static final String KERAS_VERSION = "2.15.0";
    static final String BACKEND = "tensorflow";
    private static final String DTYPE = "float32";
    private static final String CHANNELS_LAST = "channels_last";

    private KerasExporter() {
    }

    static JsonObject toJson(Model model) {
        List<JsonValue> layers = new ArrayList<>();
        for (Layer layer : model.layers()) {
            layers.add(JsonObject.builder()
                    .put("class_name", layer.kind().kerasName())
                    .put("config", config(layer))
                    .build());
        }
        return JsonObject.builder()
                .put("class_name", "Sequential")
                .put("config", JsonObject.builder().put("name", model.name()).put("layers", JsonArray.of(layers)).build())
                .put("keras_version", KERAS_VERSION)
                .put("backend", BACKEND)
                .build();
    }

    private static JsonObject config(Layer layer) {
        if (layer instanceof InputLayer input) {
            return JsonObject.builder()
                    .put("batch_input_shape", JsonArray.of(JsonNull.NULL, JsonNumber.of(input.height()),
                            JsonNumber.of(input.width()), JsonNumber.of(input.channels())))
                    .put("dtype", DTYPE)
                    .put("sparse", false)
                    .put("ragged", false)
                    .put("name", input.name())
                    .build();
        }
        JsonObject.Builder out = JsonObject.builder()
                .put("name", layer.name())
                .put("trainable", true)
                .put("dtype", DTYPE);
        switch (layer) {
            case Conv2D conv -> {
                out.put("filters", conv.filters())
                        .put("kernel_size", window(conv.kernelSize()))
                        .put("strides", window(conv.strides()))
                        .put("padding", conv.padding().kerasName())
                        .put("data_format", CHANNELS_LAST)
                        .put("dilation_rate", JsonArray.ofInts(1, 1))
                        .put("groups", 1)
                        .put("activation", conv.activation().kerasName())
                        .put("use_bias", conv.useBias());
                weights(out);
            }
            case MaxPooling2D pool -> pooling(out, pool.poolSize(), pool.strides(), pool.padding());
            case AveragePooling2D pool -> pooling(out, pool.poolSize(), pool.strides(), pool.padding());
            case GlobalAveragePooling2D g -> out.put("data_format", CHANNELS_LAST).put("keepdims", false);
            case GlobalMaxPooling2D g -> out.put("data_format", CHANNELS_LAST).put("keepdims", false);
            case Flatten f -> out.put("data_format", CHANNELS_LAST);
            case Dense dense -> {
                out.put("units", dense.units())
                        .put("activation", dense.activation().kerasName())
                        .put("use_bias", dense.useBias());
                weights(out);
            }
            case Dropout dropout -> out.put("rate", dropout.rate()).putNull("noise_shape").putNull("seed");
            case BatchNormalization norm -> out.put("axis", -1)
                    .put("momentum", norm.momentum())
                    .put("epsilon", norm.epsilon())
                    .put("center", norm.center())
                    .put("scale", norm.scale())
                    .put("beta_initializer", initializer("Zeros"))
                    .put("gamma_initializer", initializer("Ones"))
                    .put("moving_mean_initializer", initializer("Zeros"))
                    .put("moving_variance_initializer", initializer("Ones"))
                    .putNull("beta_regularizer")
                    .putNull("gamma_regularizer")
                    .putNull("beta_constraint")
                    .putNull("gamma_constraint");
            case ActivationLayer activation -> out.put("activation", activation.activation().kerasName());
            case InputLayer input -> throw new AssertionError("handled above");
        }
        return out.build();
    }

    private static void pooling(JsonObject.Builder out, Window poolSize, Window strides, Padding padding) {
        out.put("pool_size", window(poolSize))
                .put("padding", padding.kerasName())
                .put("strides", window(strides))
                .put("data_format", CHANNELS_LAST);
    }

    private static void weights(JsonObject.Builder out) {
        out.put("kernel_initializer", JsonObject.builder()
                        .put("class_name", "GlorotUniform")
                        .put("config", JsonObject.builder().putNull("seed").build())
                        .build())
                .put("bias_initializer", initializer("Zeros"))
                .putNull("kernel_regularizer")
                .putNull("bias_regularizer")
                .putNull("activity_regularizer")
                .putNull("kernel_constraint")
                .putNull("bias_constraint");
    }

    private static JsonObject initializer(String className) {
        return JsonObject.builder().put("class_name", className).put("config", JsonObject.builder().build()).build();
    }

    private static JsonArray window(Window window) {
        return JsonArray.ofInts(window.toArray());
    }
}
