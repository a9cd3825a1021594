// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.services.IEvaluationService;

import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.history.RunSummary;
import dev.lamina.ui.internal.LaminaJobs;
import dev.lamina.ui.runs.RunView;

/**
 * The run history: every run folder of the workspace's projects with its start, model, dataset fingerprint, epochs,
 * best and final validation accuracy, duration, device and status ({@link RunSummary}), sortable by any column and
 * refreshed when the workspace changes or a training job ends. Selecting runs overlays their validation curves and
 * lists their settings side by side; the context menu's commands (plugin.xml, {@link RunsHandler}) re-run, resume,
 * open the model, reveal and delete.
 */
public class RunsView extends ViewPart {

    public static final String ID = "dev.lamina.ui.runs.history.RunsView";
    private static final int LIVE_REFRESH_MS = 2000;
    /** Context menu groups; the commands in them are contributed in plugin.xml ({@code popup:} + the view's id). */
    private static final String GROUP_RUN = "run";
    private static final String GROUP_OPEN = "open";
    private static final String GROUP_EDIT = "edit";
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private TableViewer viewer;
    private RunComparison comparison;
    private final List<IFolder> runs = new ArrayList<>();
    private final Map<IFolder, RunSummary> summaries = new HashMap<>();
    private boolean refreshQueued;
    private boolean liveRefresh;
    private final IResourceChangeListener resourceListener = event -> {
        if (WorkspaceRuns.touchesRuns(event.getDelta())) {
            queueRefresh();
        }
    };
    private final IJobChangeListener jobListener = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            if (event.getJob().belongsTo(LaminaJobs.TRAINING_FAMILY)) {
                queueRefresh();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        viewer = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        Sorter sorter = new Sorter();
        viewer.setComparator(sorter);
        column(sorter, Messages.Runs_name, 200, s -> s.name(), Comparator.comparing(RunSummary::name));
        column(sorter, Messages.Runs_started, 130, s -> STARTED.format(s.started()),
                Comparator.comparing(RunSummary::started));
        column(sorter, Messages.Runs_model, 110, RunSummary::model, Comparator.comparing(RunSummary::model));
        column(sorter, Messages.Runs_dataset, 180, s -> s.dataset() == null ? "" : s.dataset().label(),
                Comparator.comparing(s -> s.dataset() == null ? "" : s.dataset().label()));
        column(sorter, Messages.Runs_epochs, 70, s -> s.epochs() + "/" + s.plannedEpochs(),
                Comparator.comparingInt(RunSummary::epochs));
        column(sorter, Messages.Runs_bestValAccuracy, 100, s -> accuracy(s.bestValAccuracy()),
                Comparator.comparingDouble(RunSummary::bestValAccuracy));
        column(sorter, Messages.Runs_finalValAccuracy, 100, s -> accuracy(s.finalValAccuracy()),
                Comparator.comparingDouble(RunSummary::finalValAccuracy));
        column(sorter, Messages.Runs_duration, 80, s -> duration(s.seconds()),
                Comparator.comparingDouble(RunSummary::seconds));
        column(sorter, Messages.Runs_device, 160, RunSummary::device, Comparator.comparing(RunSummary::device));
        column(sorter, Messages.Runs_status, 90, RunsView::status, Comparator.comparing(RunsView::status));
        sorter.sortBy(1, false);
        viewer.setInput(runs);
        comparison = new RunComparison(sash);
        sash.setWeights(2, 3);
        sash.addListener(SWT.Resize, e -> orient(sash));

        viewer.addSelectionChangedListener(e -> comparison.show(selectedPaths()));
        viewer.addDoubleClickListener(e -> openInRunView());
        getSite().setSelectionProvider(viewer);
        menu();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
        Job.getJobManager().addJobChangeListener(jobListener);
        refresh();
    }

    /**
     * The comparison beside the table where the view is wide and short (in the bottom folder of a workbench window,
     * stacked under the table its charts had no height left for a plot), under it otherwise: Eclipse's automatic
     * layout of a detail pane.
     */
    private static void orient(SashForm sash) {
        org.eclipse.swt.graphics.Rectangle area = sash.getClientArea();
        int wanted = area.width > 2 * area.height ? SWT.HORIZONTAL : SWT.VERTICAL;
        if (area.height > 0 && sash.getOrientation() != wanted) {
            sash.setOrientation(wanted);
            sash.setWeights(wanted == SWT.HORIZONTAL ? new int[] { 1, 2 } : new int[] { 2, 3 });
        }
    }

    private void column(Sorter sorter, String title, int width, Function<RunSummary, String> text,
            Comparator<RunSummary> order) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                RunSummary summary = summaries.get(element);
                return summary == null ? "" : text.apply(summary);
            }

            @Override
            public String getToolTipText(Object element) {
                RunSummary summary = summaries.get(element);
                return summary == null || summary.problem().isEmpty() ? null
                        : NLS.bind(Messages.Runs_problem, summary.problem());
            }
        });
        int index = sorter.orders.size();
        sorter.orders.add(order);
        column.getColumn().addListener(SWT.Selection, e -> {
            sorter.sortBy(index, sorter.column == index ? !sorter.ascending : true);
            viewer.refresh();
        });
    }

    /** Sorts by the clicked column; clicking it again reverses the order. */
    private final class Sorter extends ViewerComparator {
        private final List<Comparator<RunSummary>> orders = new ArrayList<>();
        private int column;
        private boolean ascending;

        void sortBy(int newColumn, boolean newAscending) {
            column = newColumn;
            ascending = newAscending;
            Table table = viewer.getTable();
            table.setSortColumn(table.getColumn(column));
            table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        }

        @Override
        public int compare(Viewer v, Object a, Object b) {
            RunSummary first = summaries.get(a);
            RunSummary second = summaries.get(b);
            if (first == null || second == null) {
                return 0;
            }
            int order = orders.get(column).compare(first, second);
            return ascending ? order : -order;
        }
    }

    private static String accuracy(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String status(RunSummary summary) {
        return summary.state() == null ? Messages.Runs_unknown : summary.state().jsonName();
    }

    private void menu() {
        MenuManager manager = new MenuManager();
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(menu -> {
            menu.add(new GroupMarker(GROUP_RUN));
            menu.add(new Separator(GROUP_OPEN));
            menu.add(new Separator(GROUP_EDIT));
            menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        });
        viewer.getTable().setMenu(manager.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(manager, viewer);
    }

    private IWorkbenchPage page() {
        return getSite().getPage();
    }

    private void openInRunView() {
        List<Path> paths = selectedPaths();
        if (paths.size() != 1) {
            return;
        }
        try {
            RunView view = (RunView) page().showView(RunView.ID);
            view.showFolder(paths.get(0));
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.Runs_name, null, e.getStatus());
        }
    }

    private List<IFolder> selectedFolders() {
        List<IFolder> folders = new ArrayList<>();
        for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
            if (element instanceof IFolder folder) {
                folders.add(folder);
            }
        }
        return folders;
    }

    private List<Path> selectedPaths() {
        return selectedFolders().stream().filter(f -> f.getLocation() != null).map(WorkspaceRuns::location)
                .toList();
    }

    private void queueRefresh() {
        if (refreshQueued || viewer == null) {
            return;
        }
        refreshQueued = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            refreshQueued = false;
            refresh();
        });
    }

    /** Finds the workspace's runs again and reads their summaries. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<IFolder> found = WorkspaceRuns.find();
        runs.clear();
        runs.addAll(found);
        summaries.clear();
        boolean running = false;
        for (IFolder folder : found) {
            RunSummary summary = RunSummary.read(WorkspaceRuns.location(folder));
            summaries.put(folder, summary);
            running |= summary.state() == RunStatus.State.RUNNING;
        }
        viewer.refresh();
        comparison.show(selectedPaths());
        // a run that ended or was resumed changes what the selected run's commands may do
        IEvaluationService evaluation = getSite().getService(IEvaluationService.class);
        for (String property : List.of(RunFolderTester.RERUNNABLE, RunFolderTester.RESUMABLE,
                RunFolderTester.HAS_MODEL)) {
            evaluation.requestEvaluation(RunFolderTester.NAMESPACE + "." + property);
        }
        if (running && !liveRefresh) {
            liveRefresh = true;
            viewer.getControl().getDisplay().timerExec(LIVE_REFRESH_MS, () -> {
                liveRefresh = false;
                refresh();
            });
        }
    }

    /** The runs listed, in table order (for tests). */
    public List<RunSummary> listed() {
        List<RunSummary> listed = new ArrayList<>();
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            listed.add(summaries.get(viewer.getElementAt(i)));
        }
        return listed;
    }

    /** Selects the runs in these folders (for tests and other views). */
    public void select(List<Path> folders) {
        List<IFolder> chosen = runs.stream().filter(f -> folders.contains(WorkspaceRuns.location(f))).toList();
        viewer.setSelection(new StructuredSelection(chosen), true);
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** How many lines the validation accuracy and loss charts draw. */
    public int[] comparedLines() {
        return comparison.lines();
    }

    /** Whether the comparison is beside the run table rather than under it (for tests). */
    public boolean comparisonBesideTable() {
        return ((SashForm) comparison.getParent()).getOrientation() == SWT.HORIZONTAL;
    }

    /** The height in pixels of the comparison charts' plot areas (for tests). */
    public int[] comparedPlotHeights() {
        return comparison.plotHeights();
    }

    /** The x ticks of the comparison's accuracy and loss charts, as drawn (for tests). */
    public double[][] comparedEpochTicks() {
        return comparison.epochTicks();
    }

    /** The settings table's rows: the key, then one value per selected run. */
    public List<String[]> settingsRows() {
        return comparison.rows();
    }

    public Button differencesOnlyButton() {
        return comparison.differencesOnlyButton();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
        Job.getJobManager().removeJobChangeListener(jobListener);
        super.dispose();
    }
}
