// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.Range;

/**
 * Zoom on a run's charts, as in any plotting tool: drag a rectangle over the plot to zoom into it, turn the mouse
 * wheel to zoom the x axis in or out around the pointer, double-click to fit everything again. The charts share their
 * x range, so the loss and the accuracy of the same steps stay side by side. While zoomed, new points of a live run
 * do not move the view; a fitted chart follows them.
 */
final class ChartZoom {

    /** A drag shorter than this many pixels is a click, not a zoom. */
    private static final int MIN_DRAG = 5;
    private static final double WHEEL_FACTOR = 0.8;

    private final List<Chart> charts = new ArrayList<>();
    private final Runnable refit;
    private final Runnable changed;
    private boolean zoomed;
    private Chart dragging;
    private int x0;
    private int y0;
    private int x1;
    private int y1;

    /**
     * {@code refit} draws the charts fitted to all their points (a range SWTChart can draw); {@code changed} is told
     * when the charts zoom in or are fitted again.
     */
    ChartZoom(Runnable refit, Runnable changed) {
        this.refit = refit;
        this.changed = changed;
    }

    /** Lets the user zoom {@code chart}; its x range follows the other charts added here. */
    void add(Chart chart) {
        charts.add(chart);
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseDown, e -> down(chart, e));
        plot.addListener(SWT.MouseMove, e -> move(chart, e));
        plot.addListener(SWT.MouseUp, e -> up(chart, e));
        plot.addListener(SWT.MouseDoubleClick, e -> {
            dragging = null; // the second press began no drag: its release, a few pixels off, must not zoom
            fit();
        });
        plot.addListener(SWT.MouseVerticalWheel, e -> wheel(chart, e));
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                if (dragging == chart) {
                    band(e.gc);
                }
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
    }

    /** Whether the user zoomed in: the charts keep their ranges when new points arrive. */
    boolean isZoomed() {
        return zoomed;
    }

    /** Fits every chart to all its points again. */
    void fit() {
        zoomed = false;
        refit.run();
        changed.run();
    }

    /** Shows x from {@code lower} to {@code upper} on every chart. */
    void zoomX(double lower, double upper) {
        if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            return;
        }
        zoomed = true;
        for (Chart chart : charts) {
            chart.getAxisSet().getXAxis(0).setRange(new Range(lower, upper));
            chart.redraw();
        }
        changed.run();
    }

    private void down(Chart chart, Event e) {
        if (e.button != 1 || e.count > 1) {
            return;
        }
        dragging = chart;
        x0 = x1 = e.x;
        y0 = y1 = e.y;
    }

    private void move(Chart chart, Event e) {
        if (dragging == chart) {
            x1 = e.x;
            y1 = e.y;
            chart.getPlotArea().getControl().redraw();
        }
    }

    private void up(Chart chart, Event e) {
        if (dragging != chart) {
            return;
        }
        dragging = null;
        x1 = e.x;
        y1 = e.y;
        chart.getPlotArea().getControl().redraw();
        if (Math.abs(x1 - x0) < MIN_DRAG) {
            return;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        zoomX(x.getDataCoordinate(Math.min(x0, x1)), x.getDataCoordinate(Math.max(x0, x1)));
        if (Math.abs(y1 - y0) >= MIN_DRAG) {
            IAxis y = chart.getAxisSet().getYAxis(0);
            double a = y.getDataCoordinate(y0);
            double b = y.getDataCoordinate(y1);
            y.setRange(new Range(Math.min(a, b), Math.max(a, b)));
            chart.redraw();
        }
    }

    private void wheel(Chart chart, Event e) {
        if (e.count == 0) {
            return;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        Range r = x.getRange();
        double at = x.getDataCoordinate(e.x);
        double factor = e.count > 0 ? WHEEL_FACTOR : 1 / WHEEL_FACTOR;
        zoomX(at - (at - r.lower) * factor, at + (r.upper - at) * factor);
    }

    private void band(GC gc) {
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawRectangle(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }
}
