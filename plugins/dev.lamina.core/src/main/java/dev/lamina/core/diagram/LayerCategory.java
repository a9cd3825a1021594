// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import dev.lamina.core.layer.LayerKind;
import java.util.Arrays;
import java.util.List;

/**
 * The layer groups of the palette, as the Keras documentation groups layers, each with the colour
 * its blocks are drawn in.
 */
public enum LayerCategory {
    INPUT("Input", 0x2e7d6b, LayerKind.INPUT),
    CONVOLUTION("Convolution", 0x1f5fa8, LayerKind.CONV2D),
    POOLING("Pooling", 0x6a4c9c, LayerKind.MAX_POOLING2D, LayerKind.AVERAGE_POOLING2D,
            LayerKind.GLOBAL_MAX_POOLING2D, LayerKind.GLOBAL_AVERAGE_POOLING2D),
    CORE("Core", 0xb35c00, LayerKind.DENSE, LayerKind.FLATTEN, LayerKind.ACTIVATION),
    REGULARIZATION("Regularization", 0x5b7d1f, LayerKind.DROPOUT, LayerKind.BATCH_NORMALIZATION);

    private final String label;
    private final Rgb accent;
    private final List<LayerKind> kinds;

    LayerCategory(String label, int accent, LayerKind... kinds) {
        this.label = label;
        this.accent = Rgb.of(accent);
        this.kinds = List.of(kinds);
    }

    /** The group's title, e.g. {@code Convolution}. */
    public String label() {
        return label;
    }

    /** The layer kinds of this group, in palette order. */
    public List<LayerKind> kinds() {
        return kinds;
    }

    /** The colour of the group's blocks: their border, type text and edges. */
    public Rgb accent() {
        return accent;
    }

    /** The light fill of the group's blocks. */
    public Rgb fill() {
        return accent.mix(DiagramStyle.WHITE, 0.9);
    }

    /** The group a layer kind belongs to. */
    public static LayerCategory of(LayerKind kind) {
        return Arrays.stream(values()).filter(c -> c.kinds.contains(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no category for " + kind));
    }
}
