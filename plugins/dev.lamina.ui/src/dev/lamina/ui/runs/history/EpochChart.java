// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

import dev.lamina.run.curves.PlotRange;
import dev.lamina.run.curves.Series;

/**
 * A chart of values per epoch: fitted to its lines with the Run view's round ranges ({@link PlotRange}), its x axis
 * ticked at whole epochs only. SWTChart derives its tick step from a hint in pixels, so the hint is set to the step
 * {@link PlotRange#tickStep} picks for the plot's width, again whenever the plot is resized.
 */
final class EpochChart {

    /** The least distance between two ticks in pixels: SWTChart's own default. */
    private static final int MIN_TICK_PIXELS = 64;

    private EpochChart() {
    }

    /** Keeps the ticks of {@code chart}'s x axis on whole epochs as the chart is resized. */
    static void install(Chart chart) {
        chart.getPlotArea().getControl().addListener(SWT.Resize, e -> wholeTicks(chart));
    }

    /** Fits both axes of {@code chart} to all its lines and ticks whole epochs. */
    static void fit(Chart chart) {
        Series[] lines = Arrays.stream(chart.getSeriesSet().getSeries())
                .map(s -> new Series(s.getXSeries(), s.getYSeries())).toArray(Series[]::new);
        set(chart.getAxisSet().getXAxis(0), PlotRange.of(true, false, lines));
        set(chart.getAxisSet().getYAxis(0), PlotRange.of(false, false, lines));
        wholeTicks(chart);
    }

    /** The values of the x axis' ticks as drawn (for tests). */
    static double[] ticks(Chart chart) {
        return chart.getAxisSet().getXAxis(0).getTick().getTickLabelValues();
    }

    private static void set(IAxis axis, PlotRange range) {
        axis.setRange(new Range(range.lower(), range.upper()));
    }

    private static void wholeTicks(Chart chart) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        int pixels = chart.getPlotArea().getSize().x;
        Range range = x.getRange();
        double span = range.upper - range.lower;
        if (pixels <= 0 || !(span > 0)) {
            return;
        }
        double step = new PlotRange(range.lower, range.upper).tickStep(pixels, MIN_TICK_PIXELS, true);
        // SWTChart rounds the hint's step to 1, 2 or 5 times a power of ten, so a pixel less or more lands on it too
        int hint = (int) Math.round(step * pixels / span);
        if (hint != x.getTick().getTickMarkStepHint()) {
            x.getTick().setTickMarkStepHint(hint);
        }
    }
}
