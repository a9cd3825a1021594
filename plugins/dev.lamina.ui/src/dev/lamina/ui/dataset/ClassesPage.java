// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.lamina.data.folder.ScanProblem;
import dev.lamina.data.folder.ScanProblemKind;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.folder.ValidationPart;

/**
 * The classes of a dataset in the loader's order (the label each gets in training), with their image counts and
 * a drawn share bar, above the scan's warnings and dataset problems in words.
 */
public final class ClassesPage extends Composite {

    private static final int SHARE_COLUMN = 3;
    private static final int TRAINING_COLUMN = 4;
    private static final int VALIDATION_COLUMN = 5;
    private static final int COUNT_WIDTH = 90;
    private static final int BAR_WIDTH = 160;

    private final Label summary;
    private final Label validationSummary;
    private final Composite splitRow;
    private final Text split;
    private final Text seed;
    private final Button writeSplit;
    private final Button chooseFolder;
    private final Table classes;
    private final Text warnings;
    private final List<String> warningLines = new ArrayList<>();
    private final Color barColor;
    private int largest = 1;
    private int total = 1;

    ClassesPage(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        summary = new Label(this, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        validationSummary = new Label(this, SWT.WRAP);
        validationSummary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        splitRow = new Composite(this, SWT.NONE);
        splitRow.setLayout(new GridLayout(6, false));
        splitRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(splitRow, SWT.NONE).setText(Messages.Split_label);
        split = new Text(splitRow, SWT.BORDER);
        split.setLayoutData(new GridData(60, SWT.DEFAULT));
        split.setToolTipText(Messages.Split_tooltip);
        new Label(splitRow, SWT.NONE).setText(Messages.Split_seed);
        seed = new Text(splitRow, SWT.BORDER);
        seed.setLayoutData(new GridData(60, SWT.DEFAULT));
        writeSplit = new Button(splitRow, SWT.PUSH);
        chooseFolder = new Button(splitRow, SWT.PUSH);
        chooseFolder.setText(Messages.Split_chooseFolder);
        chooseFolder.setToolTipText(Messages.Split_chooseFolderTooltip);
        showSplitRow(false);
        classes = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        classes.setHeaderVisible(true);
        classes.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 260;
        classes.setLayoutData(tableData);
        column(classes, Messages.Classes_index, 60, SWT.RIGHT);
        column(classes, Messages.Classes_name, 220, SWT.LEFT);
        column(classes, Messages.Classes_images, 90, SWT.RIGHT);
        column(classes, Messages.Classes_share, BAR_WIDTH + 70, SWT.LEFT);
        column(classes, Messages.Classes_training, 0, SWT.RIGHT);
        column(classes, Messages.Classes_validation, 0, SWT.RIGHT);
        barColor = new Color(getDisplay(), 79, 129, 189);
        classes.addListener(SWT.EraseItem, this::eraseShare);
        classes.addListener(SWT.PaintItem, this::paintShare);

        Label heading = new Label(this, SWT.NONE);
        heading.setText(Messages.Classes_warnings);
        warnings = new Text(this, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData warningData = new GridData(SWT.FILL, SWT.FILL, true, false);
        warningData.heightHint = 150;
        warningData.widthHint = 400;
        warnings.setLayoutData(warningData);
        addListener(SWT.Dispose, e -> barColor.dispose());
    }

    private static void column(Table table, String text, int width, int style) {
        TableColumn column = new TableColumn(table, style);
        column.setText(text);
        column.setWidth(width);
    }

    /** Shows a report: one row per class, then its warnings and dataset-level problems. */
    void show(ScanReport report, boolean verified) {
        show(report, null, null, verified);
    }

    /**
     * Shows a report with its division into training and validation (the two count columns and the division's
     * warnings), or without one ({@code validation} {@code null}; {@code validationProblem} says why, if known).
     */
    void show(ScanReport report, ValidationPart validation, String validationProblem, boolean verified) {
        show(report, validation, validationProblem, verified ? Messages.Editor_summary : Messages.Editor_summaryChecking);
    }

    /** Shows a count by file names ({@link dev.lamina.data.folder.DatasetScanner#countFolder}) while files are read. */
    void showCounted(ScanReport counted) {
        show(counted, null, null, Messages.Editor_summaryCounted);
    }

    private void show(ScanReport report, ValidationPart validation, String validationProblem, String summaryPattern) {
        classes.setRedraw(false);
        try {
            classes.removeAll();
            Map<String, Integer> counts = report.countsPerClass();
            largest = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
            total = Math.max(1, report.images().size());
            int index = 0;
            int[] training = validation == null ? null : validation.trainingCounts();
            int[] validating = validation == null ? null : validation.validationCounts();
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                TableItem item = new TableItem(classes, SWT.NONE);
                item.setText(new String[] { String.valueOf(index), entry.getKey(), String.format("%,d", entry.getValue()),
                        "", training == null ? "" : String.format("%,d", training[index]),
                        validating == null ? "" : String.format("%,d", validating[index]) });
                item.setData(entry.getValue());
                index++;
            }
            int countWidth = validation == null ? 0 : COUNT_WIDTH;
            classes.getColumn(TRAINING_COLUMN).setWidth(countWidth);
            classes.getColumn(VALIDATION_COLUMN).setWidth(countWidth);
            warningLines.clear();
            StringBuilder text = new StringBuilder();
            for (ScanProblem problem : report.problems()) {
                ScanProblemKind.Severity severity = problem.kind().severity();
                if (severity == ScanProblemKind.Severity.WARNING || severity == ScanProblemKind.Severity.DATASET) {
                    String line = relative(report, problem) + problem.detail();
                    warningLines.add(line);
                    text.append(severity == ScanProblemKind.Severity.WARNING ? Messages.Classes_warning
                            : Messages.Classes_problem).append(line).append("\n\n");
                }
            }
            if (validation != null) {
                for (ScanProblem problem : validation.warnings()) {
                    String line = relative(report, problem) + problem.detail();
                    warningLines.add(line);
                    text.append(Messages.Classes_warning).append(line).append("\n\n");
                }
            }
            if (report.skippedCount() > 0) {
                String line = NLS.bind(Messages.Classes_problems, report.skippedCount());
                warningLines.add(line);
                text.append(Messages.Classes_problem).append(line).append('\n');
            }
            warnings.setText(warningLines.isEmpty() ? Messages.Classes_noWarnings : text.toString().strip());
            validationSummary.setText(validation != null ? NLS.bind(Messages.Classes_validationOf, new Object[] {
                    runName, validation.describe(), String.format("%,d", sum(training)),
                    String.format("%,d", sum(validating)) }) : validationProblem != null
                            ? NLS.bind(Messages.Classes_validationFailed, validationProblem) : "");
            summary.setText(NLS.bind(summaryPattern,
                    new Object[] { String.format("%,d", report.images().size()), report.classes().size(),
                            report.skippedCount(), report.warnings().size()
                                    + (validation == null ? 0 : validation.warnings().size()) }));
        } finally {
            classes.setRedraw(true);
        }
        layout(true, true);
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }

    private String runName = "";

    /**
     * Shows the split control for a run file: its current split and seed, and a button that hands the typed values
     * to {@code write} (split, seed), or says they are not valid.
     */
    void offerSplit(String runFileName, double currentSplit, long currentSeed, SplitWriter write) {
        runName = runFileName;
        split.setText(currentSplit > 0 ? String.valueOf(currentSplit) : "");
        seed.setText(String.valueOf(currentSeed));
        writeSplit.setText(NLS.bind(Messages.Split_write, runFileName));
        for (org.eclipse.swt.widgets.Listener old : writeSplit.getListeners(SWT.Selection)) {
            writeSplit.removeListener(SWT.Selection, old);
        }
        writeSplit.addListener(SWT.Selection, e -> {
            try {
                double fraction = Double.parseDouble(split.getText().strip());
                long value = Long.parseLong(seed.getText().strip());
                if (fraction > 0 && fraction < 1) {
                    write.write(fraction, value);
                    return;
                }
            } catch (NumberFormatException invalid) {
                // said below
            }
            org.eclipse.jface.dialogs.MessageDialog.openError(getShell(), Messages.Edit_errorTitle,
                    Messages.Split_invalid);
        });
        showSplitRow(true);
        layout(true, true);
    }

    /** What the Validation Folder button does: choose a folder and write it to the run file. */
    void offerValidationFolder(Runnable choose) {
        for (org.eclipse.swt.widgets.Listener old : chooseFolder.getListeners(SWT.Selection)) {
            chooseFolder.removeListener(SWT.Selection, old);
        }
        chooseFolder.addListener(SWT.Selection, e -> choose.run());
    }

    /** The button that chooses a validation folder, for tests. */
    public Button chooseFolderButton() {
        return chooseFolder;
    }

    /** Writes a validation split and seed to the run file. */
    @FunctionalInterface
    interface SplitWriter {
        void write(double split, long seed);
    }

    private void showSplitRow(boolean visible) {
        splitRow.setVisible(visible);
        ((GridData) splitRow.getLayoutData()).exclude = !visible;
    }

    /** The split and seed fields and their button, for tests. */
    public Text splitField() {
        return split;
    }

    public Text seedField() {
        return seed;
    }

    public Button writeSplitButton() {
        return writeSplit;
    }

    /** Rows of the training/validation columns: class, training, validation (empty without a validation part). */
    public List<List<String>> validationRows() {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : classes.getItems()) {
            rows.add(List.of(item.getText(1), item.getText(TRAINING_COLUMN), item.getText(VALIDATION_COLUMN)));
        }
        return rows;
    }

    public String validationSummaryText() {
        return validationSummary.getText();
    }

    /** Shows why there is no report. */
    void showFailure(String message) {
        summary.setText(message);
        classes.removeAll();
        warningLines.clear();
        warnings.setText("");
        layout(true, true);
    }

    private static String relative(ScanReport report, ScanProblem problem) {
        if (problem.path().equals(report.root())) {
            return "";
        }
        return report.root().relativize(problem.path()) + ": ";
    }

    private void eraseShare(Event event) {
        if (event.index == SHARE_COLUMN) {
            event.detail &= ~SWT.FOREGROUND;
        }
    }

    private void paintShare(Event event) {
        if (event.index != SHARE_COLUMN || !(event.item.getData() instanceof Integer count)) {
            return;
        }
        GC gc = event.gc;
        int height = Math.max(4, event.height - 6);
        int width = Math.max(1, Math.round((float) BAR_WIDTH * count / largest));
        Color old = gc.getBackground();
        gc.setBackground(barColor);
        gc.fillRectangle(event.x + 4, event.y + (event.height - height) / 2, count == 0 ? 0 : width, height);
        gc.setBackground(old);
        String percent = String.format("%.1f %%", 100.0 * count / total);
        Point extent = gc.textExtent(percent);
        gc.drawText(percent, event.x + BAR_WIDTH + 10, event.y + (event.height - extent.y) / 2, true);
    }

    /** The rows as shown: label, class, images. For tests and people reading a screenshot's numbers. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : classes.getItems()) {
            rows.add(List.of(item.getText(0), item.getText(1), item.getText(2)));
        }
        return rows;
    }

    /** The warning lines as shown. */
    public List<String> warningLines() {
        return List.copyOf(warningLines);
    }

    public String summaryText() {
        return summary.getText();
    }

    public Table classTable() {
        return classes;
    }
}
