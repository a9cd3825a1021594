// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.filter;

import dev.lamina.data.image.PixelImage;

/**
 * The convolution explorer's filter: a {@link Kernel} and a weight applied to a grayscale image.
 *
 * <p>For every pixel at least {@code r = k / 2} pixels away from each edge,
 * <pre>
 *   out[y][x] = clip(weight * Σ<sub>i,j</sub> kernel[i][j] * in[y + i - r][x + j - r], 0, 255)
 * </pre>
 * with {@code i} over rows and {@code j} over columns: a cross-correlation, which is what a Keras
 * {@code Conv2D} layer computes (no flip, unlike the mathematical convolution). The fraction is
 * dropped, as numpy does when the course stores the value into its {@code uint8} image. Pixels
 * within {@code r} of an edge are copied unchanged, as in the course's hand-written loop, so the
 * output has the input's size.
 *
 * <p>The course's original loop adds {@code i[x + a, y + b] * filter[b + 1][a + 1]}, where its
 * {@code x} is numpy's first index, the row: it reads the filter transposed. So the course's
 * {@code [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]} acts there as Lamina's (and Conv2D's)
 * {@code -1,0,1;-2,0,2;-1,0,1}. Use {@link Kernel#transpose()} to reproduce the course's pictures;
 * symmetric kernels such as {@code 0,1,0;1,-4,1;0,1,0} are the same either way. See
 * {@code docs/filters.md}.
 *
 * @param kernel the weights
 * @param weight the factor applied to each sum before clipping (the course's {@code weight})
 */
public record ConvolutionFilter(Kernel kernel, double weight) {

    public ConvolutionFilter {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel is required");
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight " + weight + " is not a finite number");
        }
    }

    /** The kernel with weight 1. */
    public static ConvolutionFilter of(Kernel kernel) {
        return new ConvolutionFilter(kernel, 1);
    }

    /** Filters a grayscale image (one channel); the result has the same size. */
    public PixelImage apply(PixelImage gray) {
        requireGray(gray);
        int w = gray.width();
        int h = gray.height();
        int k = kernel.size();
        int r = kernel.radius();
        double[] weights = kernel.weights();
        byte[] in = gray.pixels();
        byte[] out = in.clone();
        for (int y = r; y < h - r; y++) {
            for (int x = r; x < w - r; x++) {
                double sum = 0;
                int w0 = 0;
                for (int i = 0; i < k; i++) {
                    int row = (y + i - r) * w + x - r;
                    for (int j = 0; j < k; j++) {
                        sum += weights[w0++] * (in[row + j] & 0xFF);
                    }
                }
                out[y * w + x] = (byte) toPixel(sum * weight);
            }
        }
        return new PixelImage(w, h, 1, out);
    }

    /**
     * What the filter does at output pixel ({@code x}, {@code y}): the window of input pixels under
     * the kernel, the products, their sum, the weighted sum and the clipped result.
     */
    public FilterStep stepAt(PixelImage gray, int x, int y) {
        requireGray(gray);
        if (x < 0 || y < 0 || x >= gray.width() || y >= gray.height()) {
            throw new IllegalArgumentException("pixel (" + x + ", " + y + ") is outside the " + gray.width() + "x"
                    + gray.height() + " image");
        }
        int k = kernel.size();
        int r = kernel.radius();
        boolean border = x < r || y < r || x >= gray.width() - r || y >= gray.height() - r;
        int[] window = new int[k * k];
        double[] products = new double[k * k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                int sx = x + j - r;
                int sy = y + i - r;
                boolean inside = sx >= 0 && sy >= 0 && sx < gray.width() && sy < gray.height();
                int n = i * k + j;
                window[n] = inside ? gray.get(sx, sy, 0) : FilterStep.OUTSIDE;
                if (!border) {
                    products[n] = kernel.get(i, j) * window[n];
                    sum += products[n];
                }
            }
        }
        int output = border ? gray.get(x, y, 0) : toPixel(sum * weight);
        return new FilterStep(x, y, kernel, weight, border, window, products, sum, sum * weight, output);
    }

    /** Clips to 0..255 and drops the fraction. */
    static int toPixel(double value) {
        if (!(value > 0)) {
            return 0;
        }
        return value >= 255 ? 255 : (int) value;
    }

    static void requireGray(PixelImage image) {
        if (image.channels() != 1) {
            throw new IllegalArgumentException("the filter needs a grayscale image, got " + image.channels()
                    + " channels (convert with FilterImages.toGray)");
        }
    }
}
