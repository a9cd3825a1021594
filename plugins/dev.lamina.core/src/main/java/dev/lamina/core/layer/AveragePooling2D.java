// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/**
 * Average pooling over windows (Keras {@code AveragePooling2D}).
 *
 * @param poolSize window {@code height × width}; Keras default {@code 2×2}
 * @param strides step; Keras default (and Lamina's when {@code null} is given) is the pool size
 * @param padding {@code valid} (Keras default) or {@code same}
 */
public record AveragePooling2D(String name, Window poolSize, Window strides, Padding padding) implements Layer {

    public AveragePooling2D {
        strides = strides == null ? poolSize : strides;
        Pooling.check(name, poolSize, strides, padding);
    }

    /** Square pooling with strides equal to the pool size and valid padding, as in the course. */
    public AveragePooling2D(String name, int poolSize) {
        this(name, Window.square(poolSize), null, Padding.VALID);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.AVERAGE_POOLING2D;
    }

    @Override
    public AveragePooling2D withName(String newName) {
        return new AveragePooling2D(newName, poolSize, strides, padding);
    }

    @Override
    public Propagation propagate(Shape input) {
        return Pooling.propagate(input, poolSize, strides, padding, true);
    }
}
