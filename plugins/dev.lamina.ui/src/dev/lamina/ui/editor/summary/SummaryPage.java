// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.summary;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.LayerResult;
import dev.lamina.core.shape.Problem;
import dev.lamina.core.shape.Severity;
import dev.lamina.core.summary.Summary;
import dev.lamina.core.summary.TrainingMemory;
import dev.lamina.engine.device.Devices;
import dev.lamina.engine.training.EngineMemory;
import dev.lamina.ui.internal.Messages;

/**
 * The Summary page: Keras's {@code model.summary()} as a live table (with MACs and activation
 * memory), the totals, and the memory training needs for a chosen batch size, with a warning when
 * that will not fit the chosen device.
 */
public final class SummaryPage extends Composite {

    static final int DEFAULT_BATCH = 32;
    private static final int RELAYOUT_DELAY_MS = 150;

    private final LocalResourceManager resources;
    private final Label heading;
    private final Table table;
    private final Label totals;
    private final Spinner batch;
    private final Combo device;
    private final Label memory;
    private final CLabel warning;
    private List<ComputeDevice> devices = ComputeDevice.all();
    private Analysis analysis;
    private final Runnable relayout = () -> {
        if (!isDisposed()) {
            layout(true, true);
        }
    };

    public SummaryPage(Composite parent) {
        super(parent, SWT.NONE);
        resources = new LocalResourceManager(JFaceResources.getResources(), this);
        setLayout(new GridLayout(1, false));

        heading = new Label(this, SWT.NONE);
        heading.setFont(resources.create(FontDescriptor.createFrom(heading.getFont()).setStyle(SWT.BOLD)));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        table = new Table(this, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] titles = {Messages.Summary_layer, Messages.Summary_outputShape, Messages.Summary_params,
            Messages.Summary_macs, Messages.Summary_activations};
        int[] widths = {260, 170, 110, 140, 120};
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : i == 1 ? SWT.LEFT : SWT.RIGHT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));

        totals = new Label(this, SWT.WRAP);
        totals.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Group training = new Group(this, SWT.NONE);
        training.setText(Messages.Summary_trainingMemory);
        training.setLayout(new GridLayout(6, false));
        training.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(training, SWT.NONE).setText(Messages.Summary_batchSize);
        batch = new Spinner(training, SWT.BORDER);
        batch.setValues(DEFAULT_BATCH, 1, 1 << 20, 0, 1, 32);
        batch.addListener(SWT.Modify, e -> updateMemory());
        new Label(training, SWT.NONE).setText(Messages.Summary_device);
        device = new Combo(training, SWT.READ_ONLY);
        for (ComputeDevice d : devices) {
            device.add(d.label());
        }
        device.select(0);
        device.addListener(SWT.Selection, e -> updateMemory());
        probeGpus();
        Button copy = new Button(training, SWT.PUSH);
        copy.setText(Messages.Summary_copy);
        copy.setToolTipText(Messages.Summary_copyTooltip);
        copy.addListener(SWT.Selection, e -> copySummary());
        new Label(training, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        memory = new Label(training, SWT.WRAP);
        memory.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
        warning = new CLabel(training, SWT.NONE);
        warning.setImage(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING));
        GridData warningData = new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1);
        warningData.exclude = true;
        warning.setLayoutData(warningData);
        warning.setVisible(false);
        Label formula = new Label(training, SWT.WRAP);
        formula.setText(Messages.Summary_formula);
        formula.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        formula.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
        addListener(SWT.Dispose, e -> getDisplay().timerExec(-1, relayout));
    }

    /** Shows a new analysis; only the table rows in view are filled. */
    public void update(Analysis newAnalysis) {
        analysis = newAnalysis;
        setText(heading, NLS.bind(Messages.Summary_heading, analysis.model().name()));
        if (table.getItemCount() != analysis.layers().size()) {
            table.setItemCount(analysis.layers().size());
        }
        table.clearAll();
        setText(totals, NLS.bind(Messages.Summary_totals, new Object[] {Summary.grouped(analysis.totalParams()),
            Summary.memory(analysis.parameterBytes()), Summary.grouped(analysis.trainableParams()),
            Summary.grouped(analysis.nonTrainableParams()), Summary.grouped(analysis.totalMacs()),
            Summary.memory(analysis.activationBytes())}));
        updateMemory();
    }

    private void fill(TableItem item, int index) {
        if (analysis == null || index < 0 || index >= analysis.layers().size()) {
            return;
        }
        LayerResult layer = analysis.layer(index);
        boolean known = layer.inferred();
        item.setText(new String[] {layer.layer().label(), known ? layer.output().toString() : "?",
            known ? Summary.grouped(layer.params()) : "?", known ? Summary.grouped(layer.macs()) : "?",
            known ? Summary.memory(layer.activationBytes()) : "?"});
        Severity worst = null;
        for (Problem problem : analysis.problems()) {
            if (problem.layerIndex() == index && worst != Severity.ERROR) {
                worst = problem.severity();
            }
        }
        item.setImage(0, worst == null ? null : JFaceResources.getImage(
                worst == Severity.ERROR ? Dialog.DLG_IMG_MESSAGE_ERROR : Dialog.DLG_IMG_MESSAGE_WARNING));
    }

    /** Adds this machine's GPUs with their free memory once the engine's probe (nvidia-smi) answers. */
    private void probeGpus() {
        CompletableFuture.supplyAsync(() -> Devices.inventory().devices()).thenAccept(gpus -> {
            if (gpus.isEmpty() || isDisposed()) {
                return;
            }
            getDisplay().asyncExec(() -> {
                if (device.isDisposed()) {
                    return;
                }
                String selected = device.getText();
                devices = ComputeDevice.all(gpus);
                device.removeAll();
                for (ComputeDevice d : devices) {
                    device.add(d.label());
                }
                device.select(Math.max(0, device.indexOf(selected)));
                updateMemory();
            });
        });
    }

    private void updateMemory() {
        if (analysis == null) {
            return;
        }
        TrainingMemory estimate = TrainingMemory.of(analysis, batch.getSelection());
        TrainingMemory engine = EngineMemory.of(estimate);
        ComputeDevice chosen = devices.get(Math.max(0, device.getSelectionIndex()));
        setText(memory, NLS.bind(Messages.Summary_memory, new Object[] {Summary.memory(estimate.total()),
            Summary.memory(estimate.activationBytes()), Integer.toString(estimate.batchSize()),
            Summary.memory(estimate.parameterBytes())}) + " " + NLS.bind(Messages.Summary_memoryEngine,
                Summary.memory(engine.total()), Integer.toString(EngineMemory.ACTIVATION_COPIES)));
        boolean fits = engine.total() <= chosen.bytes();
        long largest = engine.largestBatchFitting(chosen.bytes());
        String text = fits ? "" : largest == 0 ? NLS.bind(Messages.Summary_doesNotFitAtAll, chosen.label())
                : NLS.bind(Messages.Summary_doesNotFit, chosen.label(), Long.toString(largest));
        if (!text.equals(warning.getText())) {
            warning.setText(text);
        }
        if (warning.getVisible() == fits) {
            warning.setVisible(!fits);
            ((GridData) warning.getLayoutData()).exclude = fits;
            layout(true, true);
        }
    }

    /**
     * Sets a label's text when it changes. Measuring labels is slow in GTK, so the page is laid out
     * again once edits pause rather than on every edit.
     */
    private void setText(Label label, String text) {
        if (text.equals(label.getText())) {
            return;
        }
        label.setText(text);
        getDisplay().timerExec(-1, relayout);
        getDisplay().timerExec(RELAYOUT_DELAY_MS, relayout);
    }

    /** The memory line, for tests. */
    public String memoryText() {
        return memory.getText();
    }

    /** The warning, empty when the model fits; for tests. */
    public String warningText() {
        return warning.getText();
    }

    public Table table() {
        return table;
    }

    public Spinner batchSize() {
        return batch;
    }

    public Combo device() {
        return device;
    }

    private void copySummary() {
        if (analysis == null) {
            return;
        }
        Clipboard clipboard = new Clipboard(getDisplay());
        try {
            clipboard.setContents(new Object[] {Summary.extended(analysis)}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }
}
