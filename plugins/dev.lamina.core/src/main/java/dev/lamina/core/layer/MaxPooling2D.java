// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/**
 * Max pooling over windows (Keras {@code MaxPooling2D}).
 *
 * @param poolSize window {@code height × width}; Keras default {@code 2×2}
 * @param strides step; Keras default (and Lamina's when {@code null} is given) is the pool size
 * @param padding {@code valid} (Keras default) or {@code same}
 */
public record MaxPooling2D(String name, Window poolSize, Window strides, Padding padding) implements Layer {

    public MaxPooling2D {
        strides = strides == null ? poolSize : strides;
        Pooling.check(name, poolSize, strides, padding);
    }

    /** Square pooling with strides equal to the pool size and valid padding, as in the course. */
    public MaxPooling2D(String name, int poolSize) {
        this(name, Window.square(poolSize), null, Padding.VALID);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.MAX_POOLING2D;
    }

    @Override
    public MaxPooling2D withName(String newName) {
        return new MaxPooling2D(newName, poolSize, strides, padding);
    }

    @Override
    public Propagation propagate(Shape input) {
        return Pooling.propagate(input, poolSize, strides, padding, false);
    }
}
