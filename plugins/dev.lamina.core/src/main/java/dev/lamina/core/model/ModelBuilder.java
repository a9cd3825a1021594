// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

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
import dev.lamina.core.layer.LayerNames;
import dev.lamina.core.layer.MaxPooling2D;
import dev.lamina.core.layer.Padding;
import dev.lamina.core.layer.Window;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a model layer by layer, naming layers as Keras would ({@code conv2d}, {@code conv2d_1}):
 *
 * <pre>{@code
 * Model mnist = Model.builder().input(28, 28, 1).conv2d(16, 3, RELU).maxPooling2d(2).flatten()
 *         .dense(128, RELU).dense(10, SOFTMAX).build();
 * }</pre>
 */
public final class ModelBuilder {

    private String name = Model.DEFAULT_NAME;
    private final List<Layer> layers = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private Layout layout = Layout.EMPTY;

    ModelBuilder() {
    }

    public ModelBuilder name(String modelName) {
        this.name = modelName;
        return this;
    }

    /** Adds a layer with its own name. */
    public ModelBuilder add(Layer layer) {
        layers.add(layer);
        names.add(layer.name());
        return this;
    }

    /** Adds a layer made from the next default name for {@code kind}. */
    public ModelBuilder add(LayerKind kind, Function<String, Layer> factory) {
        return add(factory.apply(LayerNames.unique(kind, names)));
    }

    public ModelBuilder input(int height, int width, int channels) {
        return add(LayerKind.INPUT, n -> new InputLayer(n, height, width, channels));
    }

    public ModelBuilder conv2d(int filters, int kernelSize, ActivationFunction activation) {
        return add(LayerKind.CONV2D, n -> new Conv2D(n, filters, kernelSize, activation));
    }

    public ModelBuilder conv2d(int filters, int kernelSize, int stride, Padding padding, ActivationFunction activation) {
        return add(LayerKind.CONV2D, n -> new Conv2D(n, filters, Window.square(kernelSize), Window.square(stride),
                padding, activation, true));
    }

    public ModelBuilder maxPooling2d(int poolSize) {
        return add(LayerKind.MAX_POOLING2D, n -> new MaxPooling2D(n, poolSize));
    }

    public ModelBuilder averagePooling2d(int poolSize) {
        return add(LayerKind.AVERAGE_POOLING2D, n -> new AveragePooling2D(n, poolSize));
    }

    public ModelBuilder globalAveragePooling2d() {
        return add(LayerKind.GLOBAL_AVERAGE_POOLING2D, GlobalAveragePooling2D::new);
    }

    public ModelBuilder globalMaxPooling2d() {
        return add(LayerKind.GLOBAL_MAX_POOLING2D, GlobalMaxPooling2D::new);
    }

    public ModelBuilder flatten() {
        return add(LayerKind.FLATTEN, Flatten::new);
    }

    public ModelBuilder dense(int units, ActivationFunction activation) {
        return add(LayerKind.DENSE, n -> new Dense(n, units, activation));
    }

    public ModelBuilder dropout(double rate) {
        return add(LayerKind.DROPOUT, n -> new Dropout(n, rate));
    }

    public ModelBuilder batchNormalization() {
        return add(LayerKind.BATCH_NORMALIZATION, BatchNormalization::new);
    }

    public ModelBuilder activation(ActivationFunction activation) {
        return add(LayerKind.ACTIVATION, n -> new ActivationLayer(n, activation));
    }

    /** Places the blocks in a column, {@code spacing} units apart, starting at {@code (x, y)}. */
    public ModelBuilder columnLayout(int x, int y, int spacing) {
        Layout placed = Layout.EMPTY;
        for (int i = 0; i < layers.size(); i++) {
            placed = placed.with(layers.get(i).name(), new Position(x, y + i * spacing));
        }
        this.layout = placed;
        return this;
    }

    public Model build() {
        return new Model(name, layers, layout);
    }
}
