// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/** Flattens each sample to one dimension (Keras {@code Flatten}). */
public record Flatten(String name) implements Layer {

    public Flatten {
        Checks.name(name);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.FLATTEN;
    }

    @Override
    public Flatten withName(String newName) {
        return new Flatten(newName);
    }

    @Override
    public Propagation propagate(Shape input) {
        long elements = input.elements();
        if (elements > Integer.MAX_VALUE) {
            return Propagation.rejected("flattening " + input + " gives more than " + Integer.MAX_VALUE + " values");
        }
        return Propagation.reshaped(Shape.flat((int) elements));
    }
}
