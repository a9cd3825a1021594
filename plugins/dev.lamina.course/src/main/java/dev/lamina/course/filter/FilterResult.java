// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.filter;

import dev.lamina.data.image.PixelImage;

/**
 * The convolution exercise's three pictures: the gray input, the filtered image (same size) and the max-pooled one
 * ({@code floor(w / p) × floor(h / p)}; the filtered image itself when {@code pool} is 1). {@code lamina filter}
 * writes {@link #result()}; the explorer shows all three.
 */
public record FilterResult(PixelImage original, PixelImage filtered, int pool, PixelImage pooled) {

    /**
     * Filters {@code gray} and pools the result.
     *
     * @throws IllegalArgumentException when {@code pool} is below 1 or larger than the image
     */
    public static FilterResult compute(PixelImage gray, ConvolutionFilter filter, int pool) {
        if (pool < 1) {
            throw new IllegalArgumentException("pool size must be at least 1 (1 = no pooling), got " + pool);
        }
        PixelImage filtered = filter.apply(gray);
        return new FilterResult(gray, filtered, pool, pool > 1 ? MaxPool.apply(filtered, pool) : filtered);
    }

    /** The last picture of the chain: pooled, or filtered when there is no pooling. */
    public PixelImage result() {
        return pooled;
    }
}
