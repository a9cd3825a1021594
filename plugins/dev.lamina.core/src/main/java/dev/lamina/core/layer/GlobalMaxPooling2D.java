// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/** Max over all positions of each channel: {@code (h, w, c)} to {@code (c)} (Keras {@code GlobalMaxPooling2D}). */
public record GlobalMaxPooling2D(String name) implements Layer {

    public GlobalMaxPooling2D {
        Checks.name(name);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.GLOBAL_MAX_POOLING2D;
    }

    @Override
    public GlobalMaxPooling2D withName(String newName) {
        return new GlobalMaxPooling2D(newName);
    }

    @Override
    public Propagation propagate(Shape input) {
        return Pooling.global(input, false);
    }
}
