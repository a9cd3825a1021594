// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

import dev.lamina.run.config.StopCondition;

/**
 * What one chart of a run draws, ready for the screen: the training steps and their smoothed line decimated to the
 * plot's width, the validation points, the best validation point and a horizontal line at the stop target. Computed
 * off the UI thread from the kept data; the data itself is never changed.
 *
 * @param training the per-step line, decimated ({@link Decimation#minMax})
 * @param smoothed its exponential moving average ({@link Smoothing#DEFAULT_WEIGHT}), decimated
 * @param validation one point per epoch
 * @param best the best validation point (lowest for a loss), or none
 * @param target two points at the stop threshold across the drawn x range, or none
 */
public record ChartLines(Series training, Series smoothed, Series validation, Series best, Series target) {

    private static final Series NONE = new Series(new double[0], new double[0]);

    /**
     * The lines of one chart. {@code stop} is the run's stop condition when it concerns this chart's metric, else
     * {@code null}; {@code log} leaves out the points a log axis cannot show (at or below 0).
     */
    public static ChartLines of(Series training, Series validation, boolean lowerIsBetter, StopCondition stop,
            int columns, boolean log) {
        Series smooth = new Series(training.x(), Smoothing.exponential(training.y(), Smoothing.DEFAULT_WEIGHT));
        int best = bestIndex(validation.y(), lowerIsBetter);
        Series bestPoint = best < 0 ? NONE
                : new Series(new double[] { validation.x()[best] }, new double[] { validation.y()[best] });
        return new ChartLines(Decimation.minMax(training, columns, log), Decimation.minMax(smooth, columns, log),
                Decimation.drawable(validation, log), Decimation.drawable(bestPoint, log),
                target(stop, training, validation, log));
    }

    /** The x range that shows every line, widened to round numbers ({@link PlotRange}). */
    public PlotRange xRange() {
        return PlotRange.of(true, false, training, smoothed, validation, best, target);
    }

    /** The y range that shows every line on a linear or log axis, widened to round numbers ({@link PlotRange}). */
    public PlotRange yRange(boolean log) {
        return PlotRange.of(false, log, training, smoothed, validation, best, target);
    }

    /** The index of the best value: the lowest when {@code lowerIsBetter}, else the highest; -1 when none. */
    public static int bestIndex(double[] values, boolean lowerIsBetter) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            if (best < 0 || (lowerIsBetter ? values[i] < values[best] : values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    /** A horizontal line at the stop threshold from 0 (or the first x) to the last x; none without a stop or points. */
    private static Series target(StopCondition stop, Series training, Series validation, boolean log) {
        if (stop == null || (log && stop.threshold() <= 0)) {
            return NONE;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : new Series[] { training, validation }) {
            for (double x : s.x()) {
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        if (lo > hi) {
            return NONE;
        }
        return new Series(new double[] { Math.min(lo, 0), hi }, new double[] { stop.threshold(), stop.threshold() });
    }
}
