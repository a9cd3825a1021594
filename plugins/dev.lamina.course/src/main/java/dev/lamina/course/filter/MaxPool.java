// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.filter;

import dev.lamina.data.image.PixelImage;

/**
 * {@code p x p} max pooling with stride {@code p} and no padding, as Keras {@code MaxPooling2D(p)}
 * and the course's loop: the output is {@code floor(w / p) x floor(h / p)}, each pixel the largest
 * of its window; leftover rows and columns at the right and bottom are dropped.
 */
public final class MaxPool {

    private MaxPool() {
    }

    /** Pools every channel of {@code image} separately. */
    public static PixelImage apply(PixelImage image, int p) {
        checkSize(image, p);
        int c = image.channels();
        int ow = image.width() / p;
        int oh = image.height() / p;
        PixelImage out = PixelImage.blank(ow, oh, c);
        for (int oy = 0; oy < oh; oy++) {
            for (int ox = 0; ox < ow; ox++) {
                for (int ch = 0; ch < c; ch++) {
                    int max = 0;
                    for (int dy = 0; dy < p; dy++) {
                        for (int dx = 0; dx < p; dx++) {
                            max = Math.max(max, image.get(ox * p + dx, oy * p + dy, ch));
                        }
                    }
                    out.set(ox, oy, ch, max);
                }
            }
        }
        return out;
    }

    /** The window of a one-channel {@code image} behind output pixel ({@code ox}, {@code oy}), row by row. */
    public static PoolStep stepAt(PixelImage image, int p, int ox, int oy) {
        checkSize(image, p);
        ConvolutionFilter.requireGray(image);
        if (ox < 0 || oy < 0 || ox >= image.width() / p || oy >= image.height() / p) {
            throw new IllegalArgumentException("pooled pixel (" + ox + ", " + oy + ") is outside the "
                    + image.width() / p + "x" + image.height() / p + " result");
        }
        int[] window = new int[p * p];
        int max = 0;
        for (int dy = 0; dy < p; dy++) {
            for (int dx = 0; dx < p; dx++) {
                int v = image.get(ox * p + dx, oy * p + dy, 0);
                window[dy * p + dx] = v;
                max = Math.max(max, v);
            }
        }
        return new PoolStep(ox, oy, p, window, max);
    }

    private static void checkSize(PixelImage image, int p) {
        if (p < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, got " + p);
        }
        if (image.width() < p || image.height() < p) {
            throw new IllegalArgumentException("pool size " + p + " is larger than the " + image.width() + "x"
                    + image.height() + " image");
        }
    }

    /**
     * One pooled pixel for the explorer view.
     *
     * @param x      column in the pooled image
     * @param y      row in the pooled image
     * @param size   {@code p}
     * @param window the {@code p x p} input pixels, row by row, starting at ({@code x * p}, {@code y * p})
     * @param max    the output pixel
     */
    public record PoolStep(int x, int y, int size, int[] window, int max) {
    }
}
