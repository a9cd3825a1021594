// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.run.coach.Coach;
import dev.lamina.run.coach.Hint;
import dev.lamina.run.config.StopCondition;
import dev.lamina.run.curves.ChartLines;
import dev.lamina.run.curves.CurvesCsv;
import dev.lamina.run.curves.PlotRange;
import dev.lamina.run.curves.Decimation;
import dev.lamina.run.curves.Series;
import dev.lamina.run.curves.Smoothing;
import dev.lamina.run.curves.TrainingCurves;
import dev.lamina.run.curves.XAxis;
import dev.lamina.ui.internal.Messages;

/**
 * The Run view's Charts tab: loss and accuracy charts (training per step, faint, with its smoothed line; validation
 * per epoch; the best validation epoch; the stop target), the x axis by epoch, step or time, a linear or log y axis,
 * PNG and CSV export, and the coach's hints under the charts. All data is kept; what is drawn is decimated to the
 * plot's width ({@link Decimation#minMax}), so a run of 100,000 steps redraws as fast as a short one.
 */
public final class RunCharts extends Composite {

    private static final String TRAINING = "training";
    private static final String SMOOTHED = "smoothed";
    private static final String VALIDATION = "validation";
    private static final String BEST = "best";
    private static final String TARGET = "target";
    private static final int MIN_COLUMNS = 200;

    private final Combo axis;
    private final Button logY;
    private final Button exportPng;
    private final Button exportCsv;
    private final Chart lossChart;
    private final Chart accuracyChart;
    private final Label coach;
    private XAxis xAxis = XAxis.EPOCH;
    private RunCurves.Snapshot shown;
    private Frame drawn;
    private Frame halfDrawn;
    private final ChartZoom zoom = new ChartZoom(this::refit, this::zoomChanged);
    private final Button fit;

    private final Composite bar;

    /** Charts with their controls (x axis, log y, export) in a row above them. */
    public RunCharts(Composite parent) {
        this(parent, null);
    }

    /**
     * Charts whose controls go into {@code controlsParent} (e.g. the row of a tab folder, so that a short view keeps
     * its height for the charts); {@code null} puts them in a row above the charts.
     */
    public RunCharts(Composite parent, Composite controlsParent) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        setLayout(layout);
        bar = new Composite(controlsParent == null ? this : controlsParent, SWT.NONE);
        if (controlsParent == null) {
            bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        GridLayout barLayout = new GridLayout(7, false);
        barLayout.marginHeight = 0;
        bar.setLayout(barLayout);
        new Label(bar, SWT.NONE).setText(RunViewMessages.RunCharts_xAxis);
        axis = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        axis.setItems(RunViewMessages.RunCharts_byEpoch, RunViewMessages.RunCharts_byBatch,
                RunViewMessages.RunCharts_byTime);
        axis.select(0);
        axis.addListener(SWT.Selection, e -> setXAxis(XAxis.values()[axis.getSelectionIndex()]));
        logY = new Button(bar, SWT.CHECK);
        logY.setText(RunViewMessages.RunCharts_logY);
        logY.addListener(SWT.Selection, e -> redraw(shown));
        fit = new Button(bar, SWT.PUSH);
        fit.setText(RunViewMessages.RunCharts_fit);
        fit.setToolTipText(RunViewMessages.RunCharts_zoomHint);
        fit.setEnabled(false);
        fit.addListener(SWT.Selection, e -> zoom.fit());
        Label spacer = new Label(bar, SWT.NONE);
        spacer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        exportPng = new Button(bar, SWT.PUSH);
        exportPng.setText(RunViewMessages.RunCharts_exportPng);
        exportPng.addListener(SWT.Selection, e -> choose("*.png", "-charts.png", this::exportPng));
        exportCsv = new Button(bar, SWT.PUSH);
        exportCsv.setText(RunViewMessages.RunCharts_exportCsv);
        exportCsv.addListener(SWT.Selection, e -> choose("*.csv", "-curves.csv", this::exportCsv));
        SashForm charts = new SashForm(this, SWT.HORIZONTAL);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        lossChart = chart(charts, Messages.RunView_loss);
        accuracyChart = chart(charts, Messages.RunView_accuracy);
        // both charts draw the same five series: one legend, at the side, leaves the short view's height to the curves
        accuracyChart.getLegend().setVisible(false);
        zoom.add(lossChart);
        zoom.add(accuracyChart);
        coach = new Label(this, SWT.WRAP);
        coach.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        enableExport(false);
    }

    private static Chart chart(Composite parent, String title) {
        Display display = parent.getDisplay();
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getTitle().setFont(JFaceResources.getDefaultFont());
        chart.getAxisSet().getXAxis(0).getTitle().setText(RunViewMessages.RunCharts_epochs);
        chart.getAxisSet().getXAxis(0).getTitle().setFont(JFaceResources.getDefaultFont());
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        chart.getLegend().setPosition(SWT.RIGHT);
        // SWTChart's dotted grid is stroked dash by dash by cairo, the most expensive part of a paint; solid and faint
        Color grid = new Color(display, 232, 232, 232);
        for (IAxis a : chart.getAxisSet().getAxes()) {
            a.getGrid().setStyle(LineStyle.SOLID);
            a.getGrid().setForeground(grid);
            // SWTChart's own tick pattern, in one instance per axis: without a format it builds a new DecimalFormat
            // for every tick label it formats or parses, on every layout
            a.getTick().setFormat(new DecimalFormat("#.###########")); //$NON-NLS-1$
        }
        // the faint per-step line is noise drawn under the smoothed one, segment by segment (SWTChart strokes each
        // one alone): 2 pixels wide, as cairo strokes a 1-pixel segment (offset to the pixel centre) about 3 times
        // slower, measured; no antialiasing
        line(chart, TRAINING, Messages.RunView_training, new Color(display, 180, 205, 235), PlotSymbolType.NONE, 2)
                .setAntialias(SWT.OFF);
        line(chart, SMOOTHED, Messages.RunView_smoothed, new Color(display, 30, 90, 180), PlotSymbolType.NONE, 2);
        line(chart, VALIDATION, Messages.RunView_validation, new Color(display, 220, 110, 20), PlotSymbolType.CIRCLE,
                2);
        ILineSeries<?> best = line(chart, BEST, Messages.RunView_best, new Color(display, 200, 30, 30),
                PlotSymbolType.DIAMOND, 0);
        best.setLineStyle(LineStyle.NONE);
        best.setSymbolSize(7);
        ILineSeries<?> target = line(chart, TARGET, RunViewMessages.RunCharts_target, new Color(display, 40, 150, 60),
                PlotSymbolType.NONE, 1);
        target.setLineStyle(LineStyle.DASH);
        return chart;
    }

    private static ILineSeries<?> line(Chart chart, String id, String description, Color color, PlotSymbolType symbol,
            int width) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setDescription(description);
        series.setLineColor(color);
        series.setSymbolType(symbol);
        series.setSymbolColor(color);
        series.setSymbolSize(3);
        if (width > 0) {
            series.setLineWidth(width);
        }
        series.setAntialias(SWT.ON);
        series.setXSeries(new double[0]);
        series.setYSeries(new double[0]);
        return series;
    }

    /**
     * What a frame of the charts depends on besides the run's data: the x axis, the plot's width in pixels and the
     * log y axis. Read on the UI thread ({@link #request()}); the frame is then computed anywhere.
     */
    public record Request(XAxis xAxis, int columns, boolean log) {

        /** The charts' lines and the coach's text for {@code snapshot}: pure computation, no widget touched. */
        public Frame frame(RunCurves.Snapshot snapshot) {
            TrainingCurves curves = snapshot.curves();
            StopCondition stop = snapshot.stop();
            boolean lossTarget = stop != null && !stop.metric().higherIsBetter();
            ChartLines loss = ChartLines.of(curves.trainingLoss(xAxis), curves.validationLoss(xAxis), true,
                    lossTarget ? stop : null, columns, log);
            ChartLines accuracy = ChartLines.of(curves.trainingAccuracy(xAxis), curves.validationAccuracy(xAxis), false,
                    stop != null && !lossTarget ? stop : null, columns, log);
            List<Hint> hints = Coach.hints(curves, snapshot.classes(), stop, snapshot.outcome());
            String coach = hints.isEmpty() ? ""
                    : NLS.bind(RunViewMessages.RunCharts_coach,
                            String.join("\n", hints.stream().map(Hint::text).toList()));
            return new Frame(this, snapshot, loss, accuracy, coach);
        }
    }

    /** One drawing of both charts and the coach line, computed from a snapshot for a {@link Request}. */
    public record Frame(Request request, RunCurves.Snapshot snapshot, ChartLines loss, ChartLines accuracy,
            String coach) {

        /** Whether this frame draws the same as {@code other}: same request, same number of points, same end. */
        boolean drawsLike(Frame other) {
            return other != null && request.equals(other.request)
                    && snapshot.curves().steps().size() == other.snapshot.curves().steps().size()
                    && snapshot.curves().epochs().size() == other.snapshot.curves().epochs().size()
                    && snapshot.outcome() == other.snapshot.outcome()
                    && java.util.Objects.equals(snapshot.stop(), other.snapshot.stop()) && coach.equals(other.coach);
        }
    }

    /** The current x axis, plot width and y scale; call on the UI thread. */
    public Request request() {
        // the plot's width when the curves change; no redraw on resize: SWTChart lays itself out while resized, and
        // a redraw there can resize it again
        return new Request(xAxis, Math.max(MIN_COLUMNS, lossChart.getPlotArea().getSize().x), logY.getSelection());
    }

    /** Draws {@code snapshot}'s curves and the coach's hints, computing the frame here. */
    public void show(RunCurves.Snapshot snapshot) {
        if (snapshot == null) {
            shown = null;
            enableExport(false);
            return;
        }
        show(request().frame(snapshot));
    }

    /**
     * Draws a frame computed elsewhere (the Run view computes its frames off the UI thread). A frame for options
     * that changed meanwhile is recomputed here; one that draws what is already drawn costs no paint.
     */
    public void show(Frame frame) {
        Frame f = toDraw(frame);
        if (f != null) {
            applyLoss(f);
            applyRest(f);
        }
    }

    /**
     * Draws the loss chart of a frame computed elsewhere, as {@link #show(Frame)} does, and returns whether the rest
     * (the accuracy chart and the coach) is to be drawn by {@link #showRest(Frame)} in an event of its own: a live
     * refresh that lays both charts out in one event can hold the UI thread for twice as long.
     */
    public boolean showLoss(Frame frame) {
        Frame f = toDraw(frame);
        if (f == null) {
            return false;
        }
        applyLoss(f);
        halfDrawn = f;
        return true;
    }

    /** Draws the rest of the frame {@link #showLoss(Frame)} began, unless the charts were drawn anew meanwhile. */
    public void showRest(Frame frame) {
        Frame f = halfDrawn;
        halfDrawn = null;
        if (!isDisposed() && f != null && f == drawn && (f == frame || f.snapshot() == frame.snapshot())) {
            applyRest(f);
        }
    }

    /** The frame to draw for {@code frame} under the current options; null when it draws what is drawn. */
    private Frame toDraw(Frame frame) {
        if (isDisposed()) {
            return null;
        }
        shown = frame.snapshot();
        enableExport(true);
        Request now = request();
        Frame f = frame.request().equals(now) ? frame : now.frame(frame.snapshot());
        if (f.drawsLike(drawn)) {
            return null;
        }
        drawn = f;
        halfDrawn = null;
        return f;
    }

    /** What the x axis shows: epochs, steps or seconds since the run began. */
    public void setXAxis(XAxis value) {
        xAxis = value;
        if (zoom.isZoomed()) {
            zoom.fit(); // the old range is in the other axis's units
        }
        if (axis.getSelectionIndex() != value.ordinal()) {
            axis.select(value.ordinal());
        }
        redraw(shown);
    }

    public XAxis xAxis() {
        return xAxis;
    }

    /** A logarithmic y axis (points at or below 0 are not drawn then). */
    public void setLogY(boolean log) {
        logY.setSelection(log);
        redraw(shown);
    }

    public boolean isLogY() {
        return logY.getSelection();
    }

    /** Shows x from {@code lower} to {@code upper} on both charts until {@link #fit()}; live points do not move it. */
    public void zoomX(double lower, double upper) {
        zoom.zoomX(lower, upper);
    }

    /** Fits both charts to all their points again (as a double-click on a chart does). */
    public void fit() {
        zoom.fit();
    }

    private void zoomChanged() {
        if (!fit.isDisposed()) {
            fit.setEnabled(zoom.isZoomed());
        }
    }

    private void refit() {
        drawn = null;
        redraw(shown);
    }

    public boolean isZoomed() {
        return zoom.isZoomed();
    }

    private void enableExport(boolean enabled) {
        exportPng.setEnabled(enabled);
        exportCsv.setEnabled(enabled);
    }

    private void redraw(RunCurves.Snapshot s) {
        if (!isDisposed() && s != null) {
            show(request().frame(s));
        }
    }

    private void applyLoss(Frame f) {
        StopCondition stop = f.snapshot().stop();
        boolean lossTarget = stop != null && !stop.metric().higherIsBetter();
        update(lossChart, f.loss(), lossTarget ? stop : null, f.request().log());
    }

    private void applyRest(Frame f) {
        StopCondition stop = f.snapshot().stop();
        boolean lossTarget = stop != null && !stop.metric().higherIsBetter();
        update(accuracyChart, f.accuracy(), stop != null && !lossTarget ? stop : null, f.request().log());
        if (!f.coach().equals(coach.getText())) {
            coach.setText(f.coach());
            ((GridData) coach.getLayoutData()).exclude = f.coach().isEmpty();
            coach.setVisible(!f.coach().isEmpty());
            layout(true);
        }
    }

    private void update(Chart chart, ChartLines lines, StopCondition stop, boolean log) {
        IAxis y = chart.getAxisSet().getYAxis(0);
        // whether anything outside the plot changes: the title, the legend, the axes and their ticks
        boolean frameChanges = false;
        if (!log && y.isLogScaleEnabled()) {
            y.enableLogScale(false);
            frameChanges = true;
        }
        set(chart, TRAINING, lines.training());
        set(chart, SMOOTHED, lines.smoothed());
        set(chart, VALIDATION, lines.validation());
        set(chart, BEST, lines.best());
        set(chart, TARGET, lines.target());
        // a title, a description or a range set on a chart lays the whole chart out again (SWTChart measures every
        // label): a live refresh sets only what changed
        ISeries<?> target = chart.getSeriesSet().getSeries(TARGET);
        String description = stop == null ? RunViewMessages.RunCharts_target
                : NLS.bind(RunViewMessages.RunCharts_targetOf, new Object[] { stop.metric().jsonName(),
                        stop.above() ? ">" : "<", number(stop.threshold()) });
        if (!description.equals(target.getDescription())) {
            target.setDescription(description);
            frameChanges = true;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        String title = switch (xAxis) {
            case EPOCH -> RunViewMessages.RunCharts_epochs;
            case BATCH -> RunViewMessages.RunCharts_steps;
            case TIME -> RunViewMessages.RunCharts_seconds;
        };
        if (!title.equals(x.getTitle().getText())) {
            x.getTitle().setText(title);
            frameChanges = true;
        }
        if (log && !y.isLogScaleEnabled()) {
            y.enableLogScale(true);
            frameChanges = true;
        }
        if (!zoom.isZoomed()) {
            PlotRange xRange = lines.xRange();
            PlotRange yRange = lines.yRange(log);
            boolean xChanges = changes(x, xRange);
            boolean yChanges = changes(y, yRange);
            // each range set lays the whole chart out again; two changed ranges are set under one layout
            boolean both = xChanges && yChanges;
            frameChanges |= xChanges || yChanges;
            if (both) {
                chart.suspendUpdate(true);
            }
            try {
                if (xChanges) {
                    x.setRange(new Range(xRange.lower(), xRange.upper()));
                }
                if (yChanges) {
                    y.setRange(new Range(yRange.lower(), yRange.upper()));
                }
            } finally {
                if (both) {
                    chart.suspendUpdate(false);
                }
            }
        }
        for (IAxis a : chart.getAxisSet().getAxes()) {
            frameChanges |= saneRange(a);
        }
        // most live frames only add points inside the ranges shown (PlotRange keeps them until the points cross a
        // round number): then only the plot is painted again, not the title, legend, axes and tick labels
        if (frameChanges) {
            chart.redraw();
        } else {
            chart.getPlotArea().getControl().redraw();
        }
    }

    /** Whether {@code range} is one the axis can show and not the one it shows. */
    private static boolean changes(IAxis axis, PlotRange range) {
        Range now = axis.getRange();
        boolean valid = Double.isFinite(range.lower()) && Double.isFinite(range.upper()) && range.lower() < range.upper()
                && (!axis.isLogScaleEnabled() || range.lower() > 0);
        return valid && (now.lower != range.lower() || now.upper != range.upper());
    }

    /**
     * A finite range of positive width: SWTChart 1.1.0 computes its tick step in a loop that never ends for an
     * infinite or zero-width range. Whether it had to set one.
     */
    private static boolean saneRange(IAxis axis) {
        Range range = axis.getRange();
        double width = range.upper - range.lower;
        if (!Double.isFinite(range.lower) || !Double.isFinite(range.upper) || !Double.isFinite(width) || width <= 0) {
            double center = Double.isFinite(range.lower) && Math.abs(range.lower) < 1e300 ? range.lower : 0;
            axis.setRange(axis.isLogScaleEnabled() ? new Range(center > 0 ? center / 2 : 0.1, center > 0 ? center * 2
                    : 1) : new Range(center - 0.5, center + 0.5));
            return true;
        }
        return false;
    }

    private static void set(Chart chart, String id, Series series) {
        ISeries<?> s = chart.getSeriesSet().getSeries(id);
        s.setXSeries(series.x());
        s.setYSeries(series.y());
    }

    private static String number(double value) {
        return Double.toString(value).replaceAll("\\.0$", "");
    }

    private void choose(String extension, String suffix, Exporter exporter) {
        if (shown == null) {
            return;
        }
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setOverwrite(true);
        dialog.setFileName(shown.name().replaceAll("[^A-Za-z0-9._-]", "_") + suffix);
        if (shown.folder() != null) {
            dialog.setFilterPath(shown.folder().toString());
        }
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            exporter.export(Path.of(file));
        } catch (IOException | RuntimeException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getShell(), RunViewMessages.RunCharts_exportFailed,
                    file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    @FunctionalInterface
    private interface Exporter {
        void export(Path file) throws IOException;
    }

    /** Writes every point of the shown curves (not the decimated ones drawn) as CSV, atomically. */
    public void exportCsv(Path file) {
        if (shown != null) {
            CurvesCsv.write(file, shown.curves(), Smoothing.DEFAULT_WEIGHT);
        }
    }

    /** Writes both charts, side by side as on screen, as one PNG, atomically. */
    public void exportPng(Path file) throws IOException {
        Point loss = lossChart.getSize();
        Point accuracy = accuracyChart.getSize();
        int width = Math.max(1, loss.x + accuracy.x);
        int height = Math.max(1, Math.max(loss.y, accuracy.y));
        Image image = new Image(getDisplay(), width, height);
        ImageData data;
        try {
            GC gc = new GC(image);
            try {
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                lossChart.printChart(gc, new Rectangle(0, 0, loss.x, loss.y));
                accuracyChart.printChart(gc, new Rectangle(loss.x, 0, accuracy.x, accuracy.y));
            } finally {
                gc.dispose();
            }
            data = image.getImageData();
        } finally {
            image.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        AtomicFile.write(file, out -> loader.save(out, SWT.IMAGE_PNG));
    }

    /** The row of controls: x axis, log y, export. */
    public Composite controls() {
        return bar;
    }

    public Chart lossChart() {
        return lossChart;
    }

    public Chart accuracyChart() {
        return accuracyChart;
    }

    /** The coach's hints under the charts, one a line after "Coach:"; empty when it has none. */
    public String coachText() {
        return coach.getText();
    }

    /** Formats seconds as {@code 1h 02m}, {@code 3m 20s} or {@code 45s}. */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
    }
}
