// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.keras;

import dev.lamina.core.io.Utf8;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelLoadException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Keras model JSON, as {@code model.to_json()} writes it. Imports Sequential models from tf.keras
 * 2.x ({@code batch_input_shape} on an InputLayer or on the first layer) and Keras 3
 * ({@code module}/{@code registered_name}, {@code batch_shape}); exports tf.keras 2.x JSON that
 * {@code tf.keras.models.model_from_json} accepts.
 */
public final class KerasJson {

    private KerasJson() {
    }

    /**
     * Imports a Sequential model. Layers Lamina does not support, and settings that change the
     * computation (dilation, groups, channels_first, …), are errors naming the layer; training-only
     * settings that are dropped are listed in {@link KerasImport#notes()}.
     *
     * @param fileName shown in error messages, or {@code null}
     */
    public static KerasImport read(String json, String fileName) throws ModelLoadException {
        try {
            return new KerasImporter().read(Json.parse(json, fileName));
        } catch (JsonException e) {
            throw ModelLoadException.from(e);
        }
    }

    /** Imports a Sequential model from a {@code .json} file. */
    public static KerasImport load(Path file) throws ModelLoadException {
        String fileName = String.valueOf(file.getFileName());
        try {
            return read(Utf8.read(file), fileName);
        } catch (IOException e) {
            throw new ModelLoadException(fileName, 0, 0, null, "cannot read " + file + ": " + e, e);
        }
    }

    /** The model as tf.keras 2.x JSON, on one line like {@code model.to_json()}. */
    public static String write(Model model) {
        return Json.writeCompact(toJson(model));
    }

    /** The model as a tf.keras 2.x JSON tree, e.g. for {@link Json#write pretty printing}. */
    public static JsonObject toJson(Model model) {
        return KerasExporter.toJson(model);
    }
}
