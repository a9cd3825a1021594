// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.activation;

import dev.lamina.data.image.PixelImage;

/**
 * Renders one layer's output for one image, channels-first {@code [C, H, W]}, as a grid of tiles,
 * one per channel. Each tile is standardised on its own ({@link Standardization}) and coloured with
 * {@link Viridis}: 0 is dark purple, 128 the map's mean, 255 yellow. Unlike the course's
 * {@code plt.imshow}, which stretches the colours to the whole grid's minimum and maximum, the
 * colours here are fixed, so pictures of different layers and images compare directly.
 */
public final class ActivationGrid {

    private ActivationGrid() {
    }

    /** The layout {@link #render} uses for {@code channels} maps of {@code height x width}. */
    public static GridLayout layout(int channels, int height, int width, GridOptions options) {
        int scale = options.scaleFor(height, width);
        return GridLayout.nearSquare(channels, width * scale, height * scale, options.gap());
    }

    /**
     * An RGB image of the grid.
     *
     * @param chw      {@code channels * height * width} values, channel by channel, each map row by row
     * @param channels {@code C}
     * @param height   {@code H}
     * @param width    {@code W}
     */
    public static PixelImage render(float[] chw, int channels, int height, int width, GridOptions options) {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("bad activation shape [" + channels + ", " + height + ", " + width + "]");
        }
        long expected = (long) channels * height * width;
        if (chw.length != expected) {
            throw new IllegalArgumentException("activation has " + chw.length + " values, expected " + expected
                    + " for shape [" + channels + ", " + height + ", " + width + "]");
        }
        GridLayout grid = layout(channels, height, width, options);
        int scale = grid.tileWidth() / width;
        int gridWidth = grid.width();
        byte[] out = new byte[gridWidth * grid.height() * 3];
        fill(out, options.background());
        int mapSize = height * width;
        for (int c = 0; c < channels; c++) {
            int[] values = Standardization.toBytes(chw, c * mapSize, mapSize);
            int left = grid.tileX(c);
            int top = grid.tileY(c);
            for (int y = 0; y < height * scale; y++) {
                int row = (y / scale) * width;
                int o = ((top + y) * gridWidth + left) * 3;
                for (int x = 0; x < width * scale; x++) {
                    int rgb = Viridis.rgb(values[row + x / scale]);
                    out[o++] = (byte) (rgb >>> 16);
                    out[o++] = (byte) (rgb >>> 8);
                    out[o++] = (byte) rgb;
                }
            }
        }
        return new PixelImage(gridWidth, grid.height(), 3, out);
    }

    private static void fill(byte[] rgb, int colour) {
        byte r = (byte) (colour >>> 16);
        byte g = (byte) (colour >>> 8);
        byte b = (byte) colour;
        for (int p = 0; p < rgb.length; p += 3) {
            rgb[p] = r;
            rgb[p + 1] = g;
            rgb[p + 2] = b;
        }
    }
}
