// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

/**
 * The range an axis shows for some points: their extent widened to round numbers (a multiple of 1, 2 or 5 times a
 * power of ten, about a quarter of the extent; whole decades on a log axis). A live chart keeps the same range while
 * its points grow inside it, so it is laid out again only when they cross a round number, not on every refresh.
 */
public record PlotRange(double lower, double upper) {

    private static final PlotRange UNIT = new PlotRange(0, 1);
    private static final PlotRange UNIT_LOG = new PlotRange(0.1, 1);

    /** The range of every finite value of {@code series} ({@code x} or {@code y}); on a log axis only values above 0. */
    public static PlotRange of(boolean x, boolean log, Series... series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : x ? s.x() : s.y()) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return log ? logarithmic(min, max) : linear(min, max);
    }

    /** {@code min} to {@code max} widened to multiples of a round step; [0, 1] when there is nothing finite. */
    public static PlotRange linear(double min, double max) {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return UNIT;
        }
        double span = max - min;
        if (span <= Math.max(Math.abs(min), Math.abs(max)) * 1e-12) { // one value, or a few ulps apart: as one
            double half = min == 0 ? 0.5 : Math.abs(min) / 2;
            return linear(min - half, max + half);
        }
        double step = roundStep(span / 4);
        double lower = multiple(Math.floor(min / step), step);
        double upper = multiple(Math.ceil(max / step), step);
        // a span of a few ulps rounds to a range that misses the points or has no width (SWTChart refuses that),
        // and near the ends of the doubles the rounding overflows: the points' own extent then, or the unit range
        return lower <= min && upper >= max && lower < upper && Double.isFinite(lower) && Double.isFinite(upper)
                ? new PlotRange(lower, upper)
                : Double.isFinite(span) ? new PlotRange(min, max) : UNIT;
    }

    /** {@code min} to {@code max} (both above 0) widened to whole decades; [0.1, 1] when there is nothing. */
    public static PlotRange logarithmic(double min, double max) {
        if (!(min <= max) || !(min > 0) || !Double.isFinite(max)) {
            return UNIT_LOG;
        }
        double lower = Math.pow(10, Math.floor(Math.log10(min)));
        double upper = Math.pow(10, Math.ceil(Math.log10(max)));
        return lower < upper ? new PlotRange(lower, upper) : new PlotRange(lower, lower * 10);
    }

    /**
     * The step between the ticks of an axis showing this range over {@code pixels}: the smallest round step (1, 2 or
     * 5 times a power of ten) that leaves at least {@code minPixels} between two ticks. On an axis of whole things
     * ({@code whole}: epochs) it is at least 1, so that no tick falls between two of them.
     */
    public double tickStep(int pixels, int minPixels, boolean whole) {
        double span = upper - lower;
        double step = span > 0 && Double.isFinite(span) ? roundStep(span * minPixels / Math.max(1, pixels)) : 1;
        return whole ? Math.max(1, step) : step;
    }

    /** {@code k} times {@code step}, as the nearest double to the decimal (3 x 0.2 is 0.6, not 0.6000000000000001). */
    private static double multiple(double k, double step) {
        int exponent = (int) Math.floor(Math.log10(step));
        double mantissa = Math.round(step / Math.pow(10, exponent));
        return exponent >= 0 ? k * mantissa * Math.pow(10, exponent) : k * mantissa / Math.pow(10, -exponent);
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least {@code value} (above 0). */
    static double roundStep(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double m : new double[] { 1, 2, 5, 10 }) {
            if (m * decade >= value * (1 - 1e-12)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }
}
