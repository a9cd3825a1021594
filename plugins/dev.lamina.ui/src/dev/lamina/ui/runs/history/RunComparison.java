// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import dev.lamina.data.DataException;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.history.RunSettings;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;

/**
 * Several runs side by side: their validation accuracy and loss per epoch overlaid in two SWTChart charts (one line
 * per run), and their settings in a table with a column per run, optionally only the settings that differ.
 */
final class RunComparison extends Composite {

    /** Charts shorter than this draw no legend. */
    private static final int LEGEND_MIN_HEIGHT = 300;
    private static final int[][] PALETTE = { { 31, 119, 180 }, { 255, 127, 14 }, { 44, 160, 44 }, { 214, 39, 40 },
            { 148, 103, 189 }, { 140, 86, 75 }, { 227, 119, 194 }, { 127, 127, 127 }, { 188, 189, 34 },
            { 23, 190, 207 } };

    private final Chart accuracy;
    private final Chart loss;
    private final Label caption;
    private final Button differencesOnly;
    private final Table settings;
    private List<Path> runs = List.of();
    private List<Map<String, String>> runSettings = List.of();

    RunComparison(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new org.eclipse.swt.layout.FillLayout());
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        accuracy = chart(sash, Messages.Runs_validationAccuracy);
        loss = chart(sash, Messages.Runs_validationLoss);
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(2, false));
        caption = new Label(right, SWT.NONE);
        caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        differencesOnly = new Button(right, SWT.CHECK);
        differencesOnly.setText(Messages.Runs_differencesOnly);
        differencesOnly.addListener(SWT.Selection, e -> fillSettings());
        settings = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
        settings.setHeaderVisible(true);
        settings.setLinesVisible(true);
        settings.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        sash.setWeights(1, 1, 1);
        show(List.of());
    }

    private static Chart chart(Composite parent, String title) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getTitle().setFont(JFaceResources.getDefaultFont());
        chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.Runs_epochAxis);
        chart.getAxisSet().getXAxis(0).getTitle().setFont(JFaceResources.getDefaultFont());
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        chart.getLegend().setPosition(SWT.BOTTOM);
        // a short chart (the view in the bottom folder) keeps its height for the plot: the settings table's
        // column headers carry each run's colour too
        chart.addListener(SWT.Resize, e -> {
            boolean roomy = chart.getSize().y >= LEGEND_MIN_HEIGHT;
            if (chart.getLegend().isVisible() != roomy) {
                chart.getLegend().setVisible(roomy);
            }
        });
        EpochChart.install(chart);
        return chart;
    }

    /** Compares the runs in these folders (run folders with metrics.csv and run.json). */
    void show(List<Path> folders) {
        runs = List.copyOf(folders);
        List<Map<String, String>> read = new ArrayList<>();
        for (Chart chart : List.of(accuracy, loss)) {
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(series.getId());
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            Path run = runs.get(i);
            List<EpochMetrics> metrics;
            try {
                metrics = MetricsCsv.read(run.resolve(RunLayout.METRICS));
            } catch (DataException e) {
                metrics = List.of();
            }
            List<EpochMetrics> validated = metrics.stream().filter(m -> !Double.isNaN(m.valLoss())).toList();
            double[] x = validated.stream().mapToDouble(EpochMetrics::epoch).toArray();
            Color color = colorOf(i);
            line(accuracy, i, run, x, validated.stream().mapToDouble(EpochMetrics::valAccuracy).toArray(), color);
            line(loss, i, run, x, validated.stream().mapToDouble(EpochMetrics::valLoss).toArray(), color);
            Map<String, String> values;
            try {
                values = RunSettings.of(run);
            } catch (DataException e) {
                values = new LinkedHashMap<>();
                values.put(RunLayout.RUN, e.getMessage());
            }
            read.add(values);
        }
        runSettings = read;
        for (Chart chart : List.of(accuracy, loss)) {
            EpochChart.fit(chart);
            chart.redraw();
        }
        fillSettings();
    }

    private static void line(Chart chart, int index, Path run, double[] x, double[] y, Color color) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "run" + index);
        series.setDescription(run.getFileName().toString());
        series.setLineColor(color);
        series.setSymbolColor(color);
        series.setSymbolType(PlotSymbolType.CIRCLE);
        series.setSymbolSize(3);
        series.setLineWidth(2);
        series.setAntialias(SWT.ON);
        series.setXSeries(x);
        series.setYSeries(y);
    }

    private void fillSettings() {
        settings.setRedraw(false);
        try {
            settings.removeAll();
            for (TableColumn column : settings.getColumns()) {
                column.dispose();
            }
            if (runs.isEmpty()) {
                caption.setText(Messages.Runs_noSelection);
                return;
            }
            List<String> differences = RunSettings.differences(runSettings);
            caption.setText(MessageFormat.format(Messages.Runs_compared, runs.size(), differences.size()));
            column(Messages.Runs_setting, 170, null);
            for (int i = 0; i < runs.size(); i++) {
                column(runs.get(i).getFileName().toString(), 150, colorOf(i));
            }
            for (String key : differencesOnly.getSelection() ? differences : RunSettings.keys(runSettings)) {
                TableItem item = new TableItem(settings, SWT.NONE);
                item.setText(0, key);
                for (int i = 0; i < runSettings.size(); i++) {
                    item.setText(i + 1, runSettings.get(i).getOrDefault(key, ""));
                }
                if (differences.contains(key)) {
                    item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
                }
            }
        } finally {
            settings.setRedraw(true);
        }
        caption.getParent().layout();
    }

    private void column(String title, int width, Color swatch) {
        TableColumn column = new TableColumn(settings, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
        if (swatch != null) {
            Image image = new Image(getDisplay(), 12, 12);
            GC gc = new GC(image);
            gc.setBackground(swatch);
            gc.fillRectangle(0, 0, 12, 12);
            gc.dispose();
            column.setImage(image);
            column.addListener(SWT.Dispose, e -> image.dispose());
        }
    }

    private static Color colorOf(int run) {
        int[] rgb = PALETTE[run % PALETTE.length];
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    /** The number of runs drawn in the validation accuracy and loss charts (for tests). */
    int[] lines() {
        return new int[] { accuracy.getSeriesSet().getSeries().length, loss.getSeriesSet().getSeries().length };
    }

    /** The plot areas' heights of the validation accuracy and loss charts (for tests). */
    int[] plotHeights() {
        return new int[] { accuracy.getPlotArea().getSize().y, loss.getPlotArea().getSize().y };
    }

    /** The x ticks of the validation accuracy and loss charts, as drawn (for tests). */
    double[][] epochTicks() {
        return new double[][] { EpochChart.ticks(accuracy), EpochChart.ticks(loss) };
    }

    /** The settings rows shown: key then one value per run (for tests). */
    List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : settings.getItems()) {
            String[] row = new String[settings.getColumnCount()];
            for (int c = 0; c < row.length; c++) {
                row[c] = item.getText(c);
            }
            rows.add(row);
        }
        return rows;
    }

    Button differencesOnlyButton() {
        return differencesOnly;
    }
}
