// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/** Average over all positions of each channel: {@code (h, w, c)} to {@code (c)} (Keras {@code GlobalAveragePooling2D}). */
public record GlobalAveragePooling2D(String name) implements Layer {

    public GlobalAveragePooling2D {
        Checks.name(name);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.GLOBAL_AVERAGE_POOLING2D;
    }

    @Override
    public GlobalAveragePooling2D withName(String newName) {
        return new GlobalAveragePooling2D(newName);
    }

    @Override
    public Propagation propagate(Shape input) {
        return Pooling.global(input, true);
    }
}
