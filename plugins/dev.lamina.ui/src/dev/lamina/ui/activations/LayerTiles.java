// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import dev.lamina.data.image.PixelImage;
import dev.lamina.engine.inference.LayerActivation;
import dev.lamina.run.activation.ActivationGrid;
import dev.lamina.run.activation.GridLayout;
import dev.lamina.run.activation.GridOptions;

/**
 * One conv/pool layer's output for one image with its picture: the {@link ActivationGrid} that
 * {@code lamina activations} writes (each channel standardised as the course does, viridis), and where each
 * channel's tile lies in it.
 */
public record LayerTiles(LayerActivation activation, PixelImage grid, GridLayout layout) {

    /** The options of the grid, as {@code lamina activations} draws it. */
    static final GridOptions OPTIONS = GridOptions.defaults();

    /** Renders {@code activation}'s grid. */
    public static LayerTiles of(LayerActivation activation) {
        PixelImage grid = ActivationGrid.render(activation.values(), activation.channels(), activation.height(),
                activation.width(), OPTIONS);
        GridLayout layout = ActivationGrid.layout(activation.channels(), activation.height(), activation.width(),
                OPTIONS);
        return new LayerTiles(activation, grid, layout);
    }

    /** The smallest and largest value of channel {@code c}'s map. */
    public float[] range(int c) {
        int size = activation.height() * activation.width();
        float[] values = activation.values();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = c * size; i < (c + 1) * size; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        return new float[] { min, max };
    }

    /** Channel {@code c}'s tile alone, upscaled {@code scale} times, coloured as in the grid. */
    public PixelImage tile(int c, int scale) {
        int size = activation.height() * activation.width();
        float[] map = new float[size];
        System.arraycopy(activation.values(), c * size, map, 0, size);
        return ActivationGrid.render(map, 1, activation.height(), activation.width(),
                OPTIONS.withScale(scale));
    }

    /** {@code height × width × channels}, as Keras's summary writes a shape. */
    public String shape() {
        return activation.height() + " × " + activation.width() + " × " + activation.channels();
    }
}
