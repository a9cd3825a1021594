// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

import java.util.Arrays;

/**
 * Fewer points to draw, the same picture: a line of 100,000 steps on a chart 800 pixels wide keeps, for each pixel
 * column, its first, lowest, highest and last point (in x order), so every spike still reaches its height and the
 * line still joins its neighbours. The data is never changed; only what is drawn.
 */
public final class Decimation {

    private Decimation() {
    }

    /**
     * The points of {@code series} (x ascending) to draw in {@code columns} pixel columns; at most 4 per column.
     * Points that are not finite, or not positive when {@code positiveOnly} (a log axis), are left out. A series
     * that already fits is returned with only those points removed.
     */
    public static Series minMax(Series series, int columns, boolean positiveOnly) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        double[] x = series.x();
        double[] y = series.y();
        int n = x.length;
        double[] ox = new double[Math.max(1, Math.min(n, columns * 4))];
        double[] oy = new double[ox.length];
        if (n == 0) {
            return series;
        }
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (drawable(x[i], y[i], positiveOnly)) {
                if (Double.isNaN(first)) {
                    first = x[i];
                }
                last = x[i];
            }
        }
        if (Double.isNaN(first)) {
            return new Series(new double[0], new double[0]);
        }
        if (n <= columns * 4L) {
            return drawable(series, positiveOnly);
        }
        double width = (last - first) / columns;
        int out = 0;
        int i = 0;
        while (i < n) {
            if (!drawable(x[i], y[i], positiveOnly)) {
                i++;
                continue;
            }
            long column = width <= 0 ? 0 : Math.min(columns - 1, (long) ((x[i] - first) / width));
            int start = i;
            int end = i;
            int low = i;
            int high = i;
            for (int j = i + 1; j < n; j++) {
                if (!drawable(x[j], y[j], positiveOnly)) {
                    continue;
                }
                long c = width <= 0 ? 0 : Math.min(columns - 1, (long) ((x[j] - first) / width));
                if (c != column) {
                    break;
                }
                end = j;
                if (y[j] < y[low]) {
                    low = j;
                }
                if (y[j] > y[high]) {
                    high = j;
                }
            }
            int[] keep = { start, Math.min(low, high), Math.max(low, high), end };
            int previous = -1;
            for (int k : keep) {
                if (k != previous) {
                    if (out == ox.length) {
                        ox = Arrays.copyOf(ox, out * 2);
                        oy = Arrays.copyOf(oy, out * 2);
                    }
                    ox[out] = x[k];
                    oy[out] = y[k];
                    out++;
                    previous = k;
                }
            }
            i = end + 1;
        }
        return new Series(Arrays.copyOf(ox, out), Arrays.copyOf(oy, out));
    }

    /** {@code series} without the points that cannot be drawn: not finite, or not positive on a log axis. */
    public static Series drawable(Series series, boolean positiveOnly) {
        double[] x = series.x();
        double[] y = series.y();
        double[] ox = new double[x.length];
        double[] oy = new double[x.length];
        int out = 0;
        for (int i = 0; i < x.length; i++) {
            if (drawable(x[i], y[i], positiveOnly)) {
                ox[out] = x[i];
                oy[out] = y[i];
                out++;
            }
        }
        return out == x.length ? series : new Series(Arrays.copyOf(ox, out), Arrays.copyOf(oy, out));
    }

    private static boolean drawable(double x, double y, boolean positiveOnly) {
        return Double.isFinite(x) && Double.isFinite(y) && (!positiveOnly || y > 0);
    }
}
