// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.editor;

import java.util.Random;

import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.ActivationLayer;
import dev.lamina.core.layer.BatchNormalization;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Dropout;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.Padding;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelBuilder;

/** The 200-layer model and the random edits that the inference and editor benchmarks both time. */
public final class BenchmarkModels {

    /** Layers in {@link #twoHundredLayers()}. */
    public static final int LAYERS = 200;

    private BenchmarkModels() {
    }

    /** Input, 49 blocks of Conv2D (same) → BatchNormalization → Activation → Dropout, then the head. */
    public static Model twoHundredLayers() {
        ModelBuilder builder = Model.builder().input(64, 64, 3);
        for (int block = 0; block < 49; block++) {
            builder.conv2d(16, 3, 1, Padding.SAME, ActivationFunction.LINEAR)
                    .batchNormalization()
                    .activation(ActivationFunction.RELU)
                    .dropout(0.1);
        }
        Model model = builder.globalAveragePooling2d().dropout(0.2).dense(10, ActivationFunction.SOFTMAX).build();
        if (model.size() != LAYERS) {
            throw new IllegalStateException("expected " + LAYERS + " layers, built " + model.size());
        }
        return model;
    }

    /** Changes one parameter of a random layer between the input and the output layer, as a user's edit would. */
    public static Model randomEdit(Model model, Random random) {
        int index = 1 + random.nextInt(model.size() - 2);
        Layer layer = model.layer(index);
        Layer edited = switch (layer) {
            case Conv2D c -> new Conv2D(c.name(), 8 + random.nextInt(57), c.kernelSize(), c.strides(), c.padding(),
                    c.activation(), c.useBias());
            case BatchNormalization b -> new BatchNormalization(b.name(), 0.9 + random.nextInt(10) / 100.0,
                    b.epsilon(), b.center(), b.scale());
            case ActivationLayer a -> new ActivationLayer(a.name(),
                    random.nextBoolean() ? ActivationFunction.RELU : ActivationFunction.ELU);
            case Dropout d -> new Dropout(d.name(), random.nextInt(50) / 100.0);
            default -> layer;
        };
        return model.withLayer(index, edited);
    }
}
