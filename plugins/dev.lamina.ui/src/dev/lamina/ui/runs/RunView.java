// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.internal.Messages;

/**
 * A training run: its name, epoch, batch, throughput and status, a Stop button, and loss and accuracy charts with
 * the training value per batch (faint), its smoothed line, validation per epoch and the best validation epoch. A
 * live run is polled every {@value #REFRESH_MS} ms on the UI thread (the training thread only records); selecting
 * a run folder while no run trains shows its curves from its CSV files.
 */
public class RunView extends ViewPart {

    public static final String ID = "dev.lamina.ui.runs.RunView";
    static final int REFRESH_MS = 250;
    private static final double SMOOTHING = 0.8;

    private Label header;
    private Button stop;
    private CTabFolder tabs;
    private Text summary;
    private Chart lossChart;
    private Chart accuracyChart;
    private RunCurves curves;
    private Job job;
    private Path folder;
    private boolean polling;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        header = new Label(parent, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        header.setFont(JFaceResources.getBannerFont());
        header.setText(Messages.RunView_noRun);
        stop = new Button(parent, SWT.PUSH);
        stop.setText(Messages.RunView_stop);
        stop.setEnabled(false);
        stop.addListener(SWT.Selection, e -> stop());
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        SashForm charts = new SashForm(tabs, SWT.HORIZONTAL);
        lossChart = chart(charts, Messages.RunView_loss);
        accuracyChart = chart(charts, Messages.RunView_accuracy);
        addTab(RunViewMessages.RunView_chartsTab, charts);
        summary = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        summary.setFont(JFaceResources.getTextFont());
        summary.setText(RunViewMessages.RunView_noSummary);
        addTab(RunViewMessages.RunView_summaryTab, summary);
        tabs.setSelection(0);
        getSite().getPage().addPostSelectionListener(selectionListener);
    }

    /**
     * Adds a tab showing {@code control}, which must be a child of {@link #tabFolder()}; other parts of the
     * workbench (evaluation) add their tabs this way.
     */
    public CTabItem addTab(String title, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
        return item;
    }

    /** The folder of the view's tabs (Charts, Summary, ...): the parent for a tab's control. */
    public CTabFolder tabFolder() {
        return tabs;
    }

    private static Chart chart(Composite parent, String title) {
        Display display = parent.getDisplay();
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getTitle().setFont(JFaceResources.getDefaultFont());
        chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.RunView_epochAxis);
        chart.getAxisSet().getXAxis(0).getTitle().setFont(JFaceResources.getDefaultFont());
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        chart.getLegend().setPosition(SWT.RIGHT);
        line(chart, "training", Messages.RunView_training, new Color(display, 180, 205, 235), PlotSymbolType.NONE, 1);
        line(chart, "smoothed", Messages.RunView_smoothed, new Color(display, 30, 90, 180), PlotSymbolType.NONE, 2);
        line(chart, "validation", Messages.RunView_validation, new Color(display, 220, 110, 20), PlotSymbolType.CIRCLE,
                2);
        ILineSeries<?> best = line(chart, "best", Messages.RunView_best, new Color(display, 200, 30, 30),
                PlotSymbolType.DIAMOND, 0);
        best.setLineStyle(LineStyle.NONE);
        best.setSymbolSize(7);
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

    /** Follows {@code job}'s run from now on; Stop cancels the job. */
    public void attach(RunCurves runCurves, Job trainingJob) {
        this.curves = runCurves;
        this.job = trainingJob;
        this.folder = null;
        stop.setEnabled(true);
        render();
        if (!polling) {
            polling = true;
            getSite().getShell().getDisplay().timerExec(REFRESH_MS, this::poll);
        }
    }

    private void poll() {
        if (header.isDisposed()) {
            polling = false;
            return;
        }
        render();
        boolean running = job != null && curves != null && !curves.isFinished() && job.getResult() == null;
        if (running) {
            header.getDisplay().timerExec(REFRESH_MS, this::poll);
        } else {
            polling = false;
            stop.setEnabled(false);
            render();
        }
    }

    private void stop() {
        if (job != null) {
            job.cancel();
            curves.setStatus(Messages.RunView_stopping);
            render();
        }
    }

    /** Shows a past run's curves when a run folder is selected and no run is training. */
    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || polling || !(selection instanceof IStructuredSelection structured)
                || structured.size() != 1) {
            return;
        }
        IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
        if (resource == null || resource.getLocation() == null) {
            return;
        }
        Path path = resource.getLocation().toFile().toPath();
        if (!(resource instanceof IContainer)) {
            path = path.getParent();
        }
        if (Files.isRegularFile(path.resolve(RunLayout.METRICS))) {
            showFolder(path);
        }
    }

    /** The curves of the run in {@code folder} (a folder with metrics.csv). */
    public void showFolder(Path runFolder) {
        try {
            curves = RunCurves.read(runFolder);
        } catch (IOException | RuntimeException e) {
            header.setText(runFolder + ": " + e.getMessage());
            return;
        }
        job = null;
        this.folder = runFolder;
        stop.setEnabled(false);
        render();
    }

    /** The past run folder the view shows, read from its CSV files; {@code null} while it follows a live run. */
    public Path shownFolder() {
        return folder;
    }

    private void render() {
        if (curves == null || header.isDisposed()) {
            return;
        }
        RunCurves.Snapshot s = curves.snapshot();
        header.setText(NLS.bind(Messages.RunView_header, new Object[] { s.name(), s.epoch(), s.epochs(), s.batch(),
                s.batches(), String.format("%.0f", s.imagesPerSecond()), s.status() }));
        header.setToolTipText(header.getText());
        header.getParent().layout(new org.eclipse.swt.widgets.Control[] { header });
        update(lossChart, s.trainX(), s.trainLoss(), s.validationX(), s.validationLoss(), true);
        update(accuracyChart, s.trainX(), s.trainAccuracy(), s.validationX(), s.validationAccuracy(), false);
    }

    private static void update(Chart chart, double[] x, double[] y, double[] vx, double[] vy, boolean lowerIsBetter) {
        set(chart, "training", x, y);
        set(chart, "smoothed", x, RunCurves.smooth(y, SMOOTHING));
        set(chart, "validation", vx, vy);
        int best = RunCurves.best(vy, lowerIsBetter);
        set(chart, "best", best < 0 ? new double[0] : new double[] { vx[best] },
                best < 0 ? new double[0] : new double[] { vy[best] });
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    private static void set(Chart chart, String id, double[] x, double[] y) {
        chart.getSeriesSet().getSeries(id).setXSeries(x);
        chart.getSeriesSet().getSeries(id).setYSeries(y);
    }

    /** How many training points and validation points the loss and accuracy charts show (for tests). */
    public int[] points() {
        return new int[] { lossChart.getSeriesSet().getSeries("training").getXSeries().length,
                lossChart.getSeriesSet().getSeries("validation").getXSeries().length,
                accuracyChart.getSeriesSet().getSeries("training").getXSeries().length,
                accuracyChart.getSeriesSet().getSeries("validation").getXSeries().length };
    }

    public Button stopButton() {
        return stop;
    }

    public String headerText() {
        return header.getText();
    }

    @Override
    public void setFocus() {
        stop.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
