// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.activation;

/**
 * How {@link ActivationGrid} lays out tiles.
 *
 * @param gap        pixels between tiles (1 or 2 look best; 0 is allowed)
 * @param scale      integer upscale of every tile (nearest neighbour), or 0 to choose one with
 *                   {@link #autoScale(int, int)}
 * @param background colour of the gaps and of unused cells, {@code 0xRRGGBB}
 */
public record GridOptions(int gap, int scale, int background) {

    /** Upscaled tiles are made at least this many pixels on their longer side, where the scale allows. */
    public static final int AUTO_TARGET = 64;

    /** The largest automatic upscale. */
    public static final int AUTO_MAX = 8;

    public GridOptions {
        if (gap < 0 || gap > 64) {
            throw new IllegalArgumentException("gap must be between 0 and 64 pixels, got " + gap);
        }
        if (scale < 0 || scale > 64) {
            throw new IllegalArgumentException("scale must be between 1 and 64 (or 0 for automatic), got " + scale);
        }
    }

    /** A 2-pixel white gap and an automatic upscale. */
    public static GridOptions defaults() {
        return new GridOptions(2, 0, 0xFFFFFF);
    }

    public GridOptions withGap(int pixels) {
        return new GridOptions(pixels, scale, background);
    }

    public GridOptions withScale(int factor) {
        return new GridOptions(gap, factor, background);
    }

    public GridOptions withBackground(int rgb) {
        return new GridOptions(gap, scale, rgb);
    }

    /** The upscale used for {@code height x width} maps: {@link #scale} or the automatic one. */
    public int scaleFor(int height, int width) {
        return scale > 0 ? scale : autoScale(height, width);
    }

    /** {@code AUTO_TARGET / max(h, w)}, between 1 and {@link #AUTO_MAX}: 26x26 maps get 2, 7x7 get 8. */
    public static int autoScale(int height, int width) {
        return Math.max(1, Math.min(AUTO_MAX, AUTO_TARGET / Math.max(1, Math.max(height, width))));
    }
}
