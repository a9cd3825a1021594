// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/** The model input, an image of {@code height × width × channels} (Keras {@code InputLayer}). */
public record InputLayer(String name, int height, int width, int channels) implements Layer {

    /** Why an Input after other layers is rejected. */
    public static final String NOT_FIRST = "Input must be the first layer";

    public InputLayer {
        Checks.name(name);
        Checks.positive("height", height);
        Checks.positive("width", width);
        Checks.positive("channels", channels);
    }

    /** The shape of one input sample. */
    public Shape shape() {
        return Shape.image(height, width, channels);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.INPUT;
    }

    @Override
    public InputLayer withName(String newName) {
        return new InputLayer(newName, height, width, channels);
    }

    @Override
    public Propagation propagate(Shape input) {
        return input == null ? Propagation.reshaped(shape()) : Propagation.rejected(NOT_FIRST);
    }
}
