// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/**
 * Randomly zeroes a fraction of values while training (Keras {@code Dropout}).
 *
 * @param rate fraction dropped, {@code 0 <= rate < 1}
 */
public record Dropout(String name, double rate) implements Layer {

    public Dropout {
        Checks.name(name);
        Checks.range("rate", rate, 0, 1, false);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.DROPOUT;
    }

    @Override
    public Dropout withName(String newName) {
        return new Dropout(newName, rate);
    }

    @Override
    public Propagation propagate(Shape input) {
        return Propagation.reshaped(input);
    }
}
