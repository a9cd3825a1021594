// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/**
 * A fully connected layer (Keras {@code Dense}). Unlike Keras, which applies Dense to the last
 * axis of any input, Lamina requires a flat input: on an image that is almost always a missing
 * Flatten.
 *
 * @param units number of outputs, positive
 * @param activation Keras default {@code linear}
 * @param useBias Keras default {@code true}
 */
public record Dense(String name, int units, ActivationFunction activation, boolean useBias) implements Layer {

    public Dense {
        Checks.name(name);
        Checks.positive("units", units);
        Checks.notNull("activation", activation);
    }

    /** A dense layer with a bias. */
    public Dense(String name, int units, ActivationFunction activation) {
        this(name, units, activation, true);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.DENSE;
    }

    @Override
    public Dense withName(String newName) {
        return new Dense(newName, units, activation, useBias);
    }

    @Override
    public Propagation propagate(Shape input) {
        if (!input.isFlat()) {
            return Propagation.rejected("needs a flat input; add Flatten");
        }
        long macs = (long) input.last() * units;
        return new Propagation.Output(Shape.flat(units), macs + (useBias ? units : 0), 0, macs);
    }
}
