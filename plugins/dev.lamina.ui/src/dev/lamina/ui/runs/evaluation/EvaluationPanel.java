// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.lamina.data.DataException;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.engine.inference.Evaluation;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.ConfusionMatrix;
import dev.lamina.ui.activations.RunSelection;
import dev.lamina.ui.internal.LaminaJobs;
import dev.lamina.ui.runs.RunView;

/**
 * The Evaluation tab: a run's {@code model.zip} measured on its validation data or on a chosen folder (an
 * {@link EvaluationJob}, the code {@code lamina evaluate} runs): accuracy and loss, precision/recall/F1 per class,
 * the confusion matrix whose cells show their images, and the misclassified images with their probabilities.
 * Evaluation starts from the buttons, never by itself: it is a full pass over the data, and the per-epoch
 * validation numbers are already in the charts.
 */
public final class EvaluationPanel extends Composite {

    /** The most thumbnails one cell shows; the caption says how many there are. */
    static final int MAX_THUMBNAILS = 200;

    private final Label message;
    private final Button onValidation;
    private final Button onFolder;
    private final ConfusionMatrixCanvas matrix;
    private final Table classes;
    private final Label cellCaption;
    private final ScrolledComposite thumbnailScroller;
    private final ThumbnailCanvas thumbnails;
    private final Label misclassifiedCaption;
    private final Table misclassified;
    private Path run;
    private EvaluationJob.Outcome shown;
    private boolean evaluating;

    /**
     * Adds the Evaluation tab to {@code view}: it evaluates the run folder selected in the workbench (Project
     * Explorer, Runs view), and a run trained from the workbench once its job ends.
     */
    public static EvaluationPanel addTo(RunView view) {
        EvaluationPanel panel = new EvaluationPanel(view.tabFolder());
        view.addTab(Messages.Evaluation_tab, panel);
        IWorkbenchPage page = view.getSite().getPage();
        ISelectionListener selection = (part, selected) -> {
            Path folder = RunSelection.runFolder(selected);
            if (folder != null && !panel.isDisposed()) {
                panel.setRun(folder);
            }
        };
        // a run trained again into the same folder (resumed) is evaluated afresh
        RunSelection.followTraining(panel, folder -> {
            panel.setRun(null);
            panel.setRun(folder);
        });
        page.addPostSelectionListener(selection);
        panel.addDisposeListener(e -> page.removePostSelectionListener(selection));
        return panel;
    }

    public EvaluationPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(3, false));
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        onValidation = new Button(this, SWT.PUSH);
        onValidation.setText(Messages.Evaluation_onValidation);
        onValidation.addListener(SWT.Selection, e -> evaluate(null));
        onFolder = new Button(this, SWT.PUSH);
        onFolder.setText(Messages.Evaluation_onFolder);
        onFolder.addListener(SWT.Selection, e -> chooseFolder());

        SashForm sides = new SashForm(this, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        SashForm left = new SashForm(sides, SWT.VERTICAL);
        Composite matrixBox = new Composite(left, SWT.NONE);
        matrixBox.setLayout(new GridLayout());
        new Label(matrixBox, SWT.NONE).setText(Messages.Evaluation_matrix);
        matrix = new ConfusionMatrixCanvas(matrixBox);
        matrix.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        matrix.onCellSelected(this::showCell);
        classes = table(left, Messages.Evaluation_class, Messages.Evaluation_precision, Messages.Evaluation_recall,
                Messages.Evaluation_f1, Messages.Evaluation_support);
        left.setWeights(3, 2);

        SashForm right = new SashForm(sides, SWT.VERTICAL);
        Composite cellBox = new Composite(right, SWT.NONE);
        cellBox.setLayout(new GridLayout());
        cellCaption = new Label(cellBox, SWT.NONE);
        cellCaption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cellCaption.setText(Messages.Evaluation_noCell);
        thumbnailScroller = new ScrolledComposite(cellBox, SWT.V_SCROLL);
        thumbnailScroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        thumbnailScroller.setExpandHorizontal(true);
        thumbnails = new ThumbnailCanvas(thumbnailScroller);
        thumbnailScroller.setContent(thumbnails);
        thumbnailScroller.addListener(SWT.Resize, e -> fitThumbnails());
        Composite wrongBox = new Composite(right, SWT.NONE);
        wrongBox.setLayout(new GridLayout());
        misclassifiedCaption = new Label(wrongBox, SWT.NONE);
        misclassifiedCaption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        misclassified = table(wrongBox, Messages.Evaluation_sample, Messages.Evaluation_actual,
                Messages.Evaluation_predicted, Messages.Evaluation_probability);
        misclassified.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        misclassified.addListener(SWT.Selection, e -> {
            if (e.item instanceof TableItem item && item.getData() instanceof Evaluation.Answer answer) {
                matrix.select(answer.actual(), answer.predicted());
                showCell(answer.actual(), answer.predicted());
            }
        });
        right.setWeights(3, 2);
        setRun(null);
    }

    private static Table table(Composite parent, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String name : columns) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(name);
            column.setWidth(name.length() < 8 ? 80 : 160);
        }
        return table;
    }

    /** The run whose model the buttons evaluate; {@code null} for none. Keeps the results of the same run. */
    public void setRun(Path runFolder) {
        if (runFolder != null && runFolder.equals(run) && shown != null) {
            return;
        }
        run = runFolder;
        show(null);
        if (run == null) {
            message.setText(Messages.Evaluation_noRun);
        } else if (!Files.isRegularFile(run.resolve(RunLayout.TRAINED_MODEL))) {
            message.setText(NLS.bind(Messages.Evaluation_noModel, run.getFileName()));
        } else {
            message.setText(NLS.bind(Messages.Evaluation_ready, run.getFileName()));
        }
        updateButtons();
    }

    public Path run() {
        return run;
    }

    private void updateButtons() {
        boolean ready = !evaluating && run != null && Files.isRegularFile(run.resolve(RunLayout.TRAINED_MODEL));
        onValidation.setEnabled(ready);
        onFolder.setEnabled(ready);
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage(Messages.Evaluation_folderDialog);
        String folder = dialog.open();
        if (folder != null) {
            evaluate(Path.of(folder));
        }
    }

    /** Evaluates the run's model on {@code folder} (a folder of class folders), or on its validation data. */
    public void evaluate(Path folder) {
        if (run == null) {
            return;
        }
        evaluating = true;
        updateButtons();
        message.setText(NLS.bind(Messages.Evaluation_running, run.getFileName(),
                folder == null ? Messages.Evaluation_validation : folder));
        new EvaluationJob(run, folder, outcome -> getDisplay().asyncExec(() -> {
            if (!isDisposed() && outcome.run().equals(run)) {
                evaluating = false;
                show(outcome);
                updateButtons();
            }
        })).schedule();
    }

    private void show(EvaluationJob.Outcome outcome) {
        shown = outcome == null || outcome.evaluation() == null ? null : outcome;
        classes.removeAll();
        misclassified.removeAll();
        thumbnails.setThumbnails(List.of());
        fitThumbnails();
        cellCaption.setText(Messages.Evaluation_noCell);
        misclassifiedCaption.setText(NLS.bind(Messages.Evaluation_misclassified, 0));
        if (outcome != null && outcome.problem() != null) {
            message.setText(NLS.bind(Messages.Evaluation_failed, outcome.problem()));
        }
        if (shown == null) {
            matrix.setMatrix(null, null);
            layout(true, true);
            return;
        }
        Evaluation evaluation = shown.evaluation();
        ConfusionMatrix confusion = evaluation.report().matrix();
        List<String> names = evaluation.report().classNames();
        message.setText(NLS.bind(Messages.Evaluation_result, new Object[] { run.getFileName(), shown.dataName(),
                confusion.total(), format(confusion.accuracy()), format(evaluation.loss()) }));
        matrix.setMatrix(confusion, names);
        for (int c = 0; c < names.size(); c++) {
            TableItem item = new TableItem(classes, SWT.NONE);
            item.setText(new String[] { names.get(c), format(confusion.precision(c)), format(confusion.recall(c)),
                    format(confusion.f1(c)), Long.toString(confusion.support(c)) });
        }
        List<Evaluation.Answer> wrong = new ArrayList<>(evaluation.answers().stream()
                .filter(a -> a.actual() != a.predicted()).toList());
        wrong.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        misclassifiedCaption.setText(NLS.bind(Messages.Evaluation_misclassified, wrong.size()));
        for (Evaluation.Answer answer : wrong) {
            TableItem item = new TableItem(misclassified, SWT.NONE);
            String sample = shown.data().describe(answer.sample());
            item.setText(new String[] { shortName(sample), names.get(answer.actual()),
                    names.get(answer.predicted()), percent(answer.probability()) });
            item.setData(answer);
        }
        layout(true, true);
    }

    /** Loads the images of one confusion-matrix cell in a job and shows them as thumbnails. */
    private void showCell(int actual, int predicted) {
        if (shown == null) {
            return;
        }
        EvaluationJob.Outcome outcome = shown;
        List<String> names = outcome.evaluation().report().classNames();
        List<Evaluation.Answer> cell = outcome.evaluation().cell(actual, predicted);
        int count = Math.min(MAX_THUMBNAILS, cell.size());
        cellCaption.setText(cell.size() > count
                ? NLS.bind(Messages.Evaluation_cellMore, new Object[] { names.get(actual), names.get(predicted),
                        cell.size(), count })
                : NLS.bind(Messages.Evaluation_cell, new Object[] { names.get(actual), names.get(predicted),
                        cell.size() }));
        Job load = new Job(Messages.Evaluation_thumbnailsJob) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                SampleSource data = outcome.data();
                List<ThumbnailCanvas.Thumbnail> loaded = new ArrayList<>();
                for (Evaluation.Answer answer : cell.subList(0, count)) {
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    String name = data.describe(answer.sample());
                    PixelImage pixels;
                    try {
                        pixels = data.load(answer.sample());
                    } catch (DataException e) {
                        continue; // the file changed since the evaluation; the caption still counts it
                    }
                    loaded.add(new ThumbnailCanvas.Thumbnail(pixels, percent(answer.probability()),
                            name + "\n" + names.get(answer.predicted()) + " " + percent(answer.probability())));
                }
                getDisplay().asyncExec(() -> {
                    if (!thumbnails.isDisposed() && shown == outcome) {
                        thumbnails.setThumbnails(loaded);
                        fitThumbnails();
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LaminaJobs.EVALUATION_FAMILY;
            }
        };
        load.setSystem(true);
        load.schedule();
    }

    private void fitThumbnails() {
        int width = thumbnailScroller.getClientArea().width;
        thumbnails.setSize(thumbnails.computeSize(width, SWT.DEFAULT));
    }

    /** The confusion matrix (for tests that click its cells). */
    public ConfusionMatrixCanvas matrix() {
        return matrix;
    }

    public ThumbnailCanvas thumbnails() {
        return thumbnails;
    }

    /** The evaluation shown, or {@code null}. */
    public Evaluation evaluation() {
        return shown == null ? null : shown.evaluation();
    }

    public String messageText() {
        return message.getText();
    }

    public Button validationButton() {
        return onValidation;
    }

    /** {@code class/file.png} of a sample's path: the class folder says more than the folders above it. */
    static String shortName(String sample) {
        try {
            Path path = Path.of(sample);
            int n = path.getNameCount();
            return n >= 2 ? path.subpath(n - 2, n).toString() : sample;
        } catch (java.nio.file.InvalidPathException e) {
            return sample;
        }
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String percent(double probability) {
        return String.format(Locale.ROOT, "%.1f%%", probability * 100);
    }
}
