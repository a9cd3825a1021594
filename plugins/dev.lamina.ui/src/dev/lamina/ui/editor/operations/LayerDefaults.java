// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.operations;

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
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.layer.MaxPooling2D;
import dev.lamina.core.model.Model;

/** The layer a palette entry adds: the settings the course starts from. */
public final class LayerDefaults {

    private LayerDefaults() {
    }

    /** A new layer of {@code kind} with the next free Keras-style name in {@code model}. */
    public static Layer create(LayerKind kind, Model model) {
        String name = model.uniqueName(kind);
        return switch (kind) {
            case INPUT -> new InputLayer(name, 28, 28, 1);
            case CONV2D -> new Conv2D(name, 32, 3, ActivationFunction.RELU);
            case MAX_POOLING2D -> new MaxPooling2D(name, 2);
            case AVERAGE_POOLING2D -> new AveragePooling2D(name, 2);
            case GLOBAL_MAX_POOLING2D -> new GlobalMaxPooling2D(name);
            case GLOBAL_AVERAGE_POOLING2D -> new GlobalAveragePooling2D(name);
            case FLATTEN -> new Flatten(name);
            case DENSE -> new Dense(name, 128, ActivationFunction.RELU);
            case DROPOUT -> new Dropout(name, 0.2);
            case BATCH_NORMALIZATION -> new BatchNormalization(name);
            case ACTIVATION -> new ActivationLayer(name, ActivationFunction.RELU);
        };
    }
}
