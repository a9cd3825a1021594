// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.internal.Messages;

/**
 * A training run: a header (status, name, epoch, batch, ETA, images/s; device and memory; the back end and why, as
 * the run's log says), a Stop button, the course's stop message when the run reached its target, and tabs: Charts
 * ({@link RunCharts}) and Summary (the model as trained, device, back end, settings). A live run is polled every
 * {@value #REFRESH_MS} ms on the UI thread (the training thread only records); selecting a run folder while no run
 * trains shows that run from its files.
 */
public class RunView extends ViewPart {

    public static final String ID = "dev.lamina.ui.runs.RunView";
    static final int REFRESH_MS = 250;
    private static final double MIB = 1024 * 1024;

    private Label header;
    private Label details;
    private Label endMessage;
    private Button stop;
    private CTabFolder tabs;
    private RunCharts charts;
    private ChartFrames frames;
    private Text summary;
    private Path summaryOf;
    private String summaryDevice;
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
        details = new Label(parent, SWT.NONE);
        details.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        endMessage = new Label(parent, SWT.WRAP);
        endMessage.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        endMessage.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        messageData.exclude = true;
        endMessage.setLayoutData(messageData);
        endMessage.setVisible(false);
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        // the charts' controls sit in the tab row: the Run view is often short, its height is for the charts
        charts = new RunCharts(tabs, tabs);
        frames = new ChartFrames(charts);
        CTabItem chartsTab = addTab(RunViewMessages.RunView_chartsTab, charts);
        tabs.setTopRight(charts.controls(), SWT.RIGHT);
        tabs.addListener(SWT.Selection, e -> charts.controls().setVisible(tabs.getSelection() == chartsTab));
        summary = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        summary.setFont(JFaceResources.getTextFont());
        summary.setText(RunViewMessages.RunView_noSummary);
        addTab(RunViewMessages.RunView_summaryTab, summary);
        dev.lamina.ui.runs.evaluation.EvaluationPanel.addTo(this);
        tabs.setSelection(0);
        getSite().getPage().addPostSelectionListener(selectionListener);
    }

    /**
     * Adds a tab showing {@code control}, which must be a child of {@link #tabFolder()}; other parts of the
     * workbench (evaluation) add their tabs this way.
     */
    public CTabItem addTab(String title, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
        return item;
    }

    /** The folder of the view's tabs (Charts, Summary, ...): the parent for a tab's control. */
    public CTabFolder tabFolder() {
        return tabs;
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
        boolean running = job != null && curves != null && !curves.isFinished() && job.getResult() == null;
        if (running) {
            render(true);
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
        render(false);
    }

    /** The header, the charts and the summary; {@code live} computes the charts' frame off the UI thread. */
    private void render(boolean live) {
        if (curves == null || header.isDisposed()) {
            return;
        }
        RunCurves.Snapshot s = curves.snapshot();
        String eta = s.outcome() == null && Double.isFinite(s.etaSeconds())
                ? NLS.bind(RunViewMessages.RunView_eta, RunCharts.duration(s.etaSeconds()))
                : "";
        header.setText(NLS.bind(Messages.RunView_header, new Object[] { s.name(), s.epoch(), s.epochs(), s.batch(),
                s.batches(), String.format("%.0f", s.imagesPerSecond()), s.status() }) + eta);
        header.setToolTipText(header.getText());
        details.setText(details(s) + backend());
        details.setToolTipText(details.getText());
        boolean hasMessage = !s.endMessage().isEmpty();
        if (hasMessage != endMessage.getVisible() || !endMessage.getText().equals(s.endMessage())) {
            endMessage.setText(s.endMessage());
            endMessage.setVisible(hasMessage);
            ((GridData) endMessage.getLayoutData()).exclude = !hasMessage;
        }
        header.getParent().layout(new Control[] { header, details, endMessage });
        if (live) {
            // no frame for charts nobody sees (another tab, the view hidden or minimized): the next poll after they
            // show again draws them
            if (charts.isVisible()) {
                frames.refresh(s);
            }
        } else {
            frames.invalidate();
            charts.show(s);
        }
        renderSummary(s);
    }

    /**
     * Device and memory: the training process's resident memory now where the run trains in a process of its own;
     * else the JVM heap while a run trains here, and the process's resident memory at epoch end.
     */
    private String details(RunCurves.Snapshot s) {
        String device = s.device().isEmpty() ? RunViewMessages.RunView_deviceUnknown : s.device();
        if (job == null) {
            return NLS.bind(RunViewMessages.RunView_detailsPast, device);
        }
        OptionalLong resident = job instanceof TrainingJob training ? training.processResidentBytes()
                : OptionalLong.empty();
        if (resident.isPresent()) {
            return NLS.bind(RunViewMessages.RunView_details, new Object[] { device, NLS.bind(
                    RunViewMessages.RunView_trainingProcess, String.format(Locale.ROOT, "%.0f",
                            resident.getAsLong() / MIB)), "" });
        }
        Runtime runtime = Runtime.getRuntime();
        String heap = NLS.bind(RunViewMessages.RunView_heap, String.format(Locale.ROOT, "%.0f",
                (runtime.totalMemory() - runtime.freeMemory()) / MIB), String.format(Locale.ROOT, "%.0f",
                        runtime.maxMemory() / MIB));
        String process = s.memoryBytes() <= 0 ? ""
                : NLS.bind(RunViewMessages.RunView_resident, String.format(Locale.ROOT, "%.0f",
                        s.memoryBytes() / MIB));
        return NLS.bind(RunViewMessages.RunView_details, new Object[] { device, heap, process });
    }

    /** The second line: where the run computes and why, as the run's log says; empty when it does not say. */
    private String backend() {
        String backend = curves.backend();
        return backend.isEmpty() ? "" : "\n" + NLS.bind(RunViewMessages.RunView_backend, backend);
    }

    private void renderSummary(RunCurves.Snapshot s) {
        if (s.folder() == null || (s.folder().equals(summaryOf) && Objects.equals(s.device(), summaryDevice))) {
            return;
        }
        summaryOf = s.folder();
        summaryDevice = s.device();
        summary.setText(RunSummary.text(s.folder(), s.device()));
    }

    /** How many training points and validation points the loss and accuracy charts draw (for tests). */
    public int[] points() {
        return new int[] { charts.lossChart().getSeriesSet().getSeries("training").getXSeries().length,
                charts.lossChart().getSeriesSet().getSeries("validation").getXSeries().length,
                charts.accuracyChart().getSeriesSet().getSeries("training").getXSeries().length,
                charts.accuracyChart().getSeriesSet().getSeries("validation").getXSeries().length };
    }

    public RunCharts charts() {
        return charts;
    }

    public Button stopButton() {
        return stop;
    }

    public String headerText() {
        return header.getText();
    }

    /** The device and memory line under the header, and the line with the back end and why it was chosen. */
    public String detailsText() {
        return details.getText();
    }

    /** The engine's message when the run reached its target (or stopped early); empty otherwise. */
    public String endMessageText() {
        return endMessage.getVisible() ? endMessage.getText() : "";
    }

    public String summaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        stop.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        if (frames != null) {
            frames.close();
        }
        super.dispose();
    }
}
