// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.filter;

import java.util.Locale;

/**
 * One output pixel of a {@link ConvolutionFilter}, worked out step by step for the explorer view.
 * Arrays are row by row over the {@code k x k} window centred on ({@code x}, {@code y}).
 *
 * @param x        column of the output pixel
 * @param y        row of the output pixel
 * @param kernel   the kernel
 * @param weight   the weight
 * @param border   whether the pixel is within {@code r} of an edge, so it is copied unchanged
 * @param window   the input pixels under the kernel, {@link #OUTSIDE} where the window leaves the image
 * @param products {@code kernel[i][j] * window[i][j]}; all 0 for a border pixel
 * @param sum      the sum of the products (0 for a border pixel)
 * @param weighted {@code sum * weight}
 * @param output   the output pixel: {@code weighted} clipped to 0..255 without its fraction, or the
 *                 input pixel for a border pixel
 */
public record FilterStep(int x, int y, Kernel kernel, double weight, boolean border, int[] window,
        double[] products, double sum, double weighted, int output) {

    /** The {@link #window} value for a position outside the image. */
    public static final int OUTSIDE = -1;

    /** The input pixel in window row {@code i}, column {@code j}, or {@link #OUTSIDE}. */
    public int pixel(int i, int j) {
        return window[i * kernel.size() + j];
    }

    /** The product in window row {@code i}, column {@code j}. */
    public double product(int i, int j) {
        return products[i * kernel.size() + j];
    }

    /**
     * The computation on one line, e.g.
     * {@code (-1*12) + (-2*40) + ... = -53; * 1 = -53; clipped: 0}, or why the pixel is kept.
     */
    public String formula() {
        if (border) {
            return "(" + x + ", " + y + ") is within " + kernel.radius() + " pixel" + (kernel.radius() == 1 ? "" : "s")
                    + " of the edge: kept unchanged = " + output;
        }
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < window.length; n++) {
            if (n > 0) {
                out.append(" + ");
            }
            out.append('(').append(Kernel.format(kernel.weights()[n])).append('*').append(window[n]).append(')');
        }
        out.append(" = ").append(number(sum)).append("; * ").append(Kernel.format(weight)).append(" = ")
                .append(number(weighted)).append("; clipped: ").append(output);
        return out.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Kernel.format(value) : String.format(Locale.ROOT, "%.4f", value);
    }
}
