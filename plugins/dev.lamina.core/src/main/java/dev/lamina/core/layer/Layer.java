// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/**
 * One layer of a Sequential model: its name and configuration. Layers are immutable records; the
 * shape arithmetic lives beside each type in {@link #propagate(Shape)}.
 */
public sealed interface Layer
        permits InputLayer, Conv2D, MaxPooling2D, AveragePooling2D, GlobalAveragePooling2D, GlobalMaxPooling2D,
        Flatten, Dense, Dropout, BatchNormalization, ActivationLayer {

    /** The layer's name, unique within its model, e.g. {@code conv2d_1}. */
    String name();

    /** The layer's type. */
    LayerKind kind();

    /** The same layer with another name. */
    Layer withName(String name);

    /**
     * The output shape and costs for one input sample of the given shape, or why it does not fit.
     *
     * @param input the previous layer's output, or {@code null} for the first layer
     */
    Propagation propagate(Shape input);

    /** {@code name (Type)}, as Keras summaries show layers. */
    default String label() {
        return name() + " (" + kind().kerasName() + ")";
    }
}
