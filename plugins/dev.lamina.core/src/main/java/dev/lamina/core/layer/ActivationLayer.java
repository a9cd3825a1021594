// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/** Applies an activation function on its own (Keras {@code Activation}). */
public record ActivationLayer(String name, ActivationFunction activation) implements Layer {

    public ActivationLayer {
        Checks.name(name);
        Checks.notNull("activation", activation);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.ACTIVATION;
    }

    @Override
    public ActivationLayer withName(String newName) {
        return new ActivationLayer(newName, activation);
    }

    @Override
    public Propagation propagate(Shape input) {
        return Propagation.reshaped(input);
    }
}
