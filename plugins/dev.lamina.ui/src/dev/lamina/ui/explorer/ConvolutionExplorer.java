// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import dev.lamina.course.filter.ConvolutionFilter;
import dev.lamina.course.filter.FilterImages;
import dev.lamina.course.filter.FilterResult;
import dev.lamina.course.filter.FilterStep;
import dev.lamina.course.filter.Kernel;
import dev.lamina.course.filter.MaxPool;
import dev.lamina.data.DataException;
import dev.lamina.data.image.PixelImage;

/**
 * The course's convolution exercise on any image: a 3×3 kernel (presets or typed) with a weight, the original,
 * filtered and max-pooled pictures side by side with their sizes, and under the pointer the 3×3 neighbourhood,
 * its multiply-add and the clipped result, and the pool window with the value it keeps. The pictures are
 * {@link FilterResult}'s, exactly what {@code lamina filter} writes.
 */
public class ConvolutionExplorer extends EditorPart {

    public static final String ID = "dev.lamina.ui.editors.convolutionExplorer";
    /** The family of the explorer's filtering jobs. */
    public static final Object JOB_FAMILY = ConvolutionExplorer.class;
    static final String CUSTOM = "custom";
    static final int[] POOLS = { 1, 2, 3, 4 };

    private PixelImage original;
    private volatile FilterResult result;
    private ConvolutionFilter filter;
    private ConvolutionFilter shownFilter;
    private Combo preset;
    private final Text[] cells = new Text[9];
    private Text weight;
    private Combo pool;
    private Button transposed;
    private Label error;
    private Label[] titles = new Label[3];
    private final PixelCanvas[] canvases = new PixelCanvas[3];
    private WindowCanvas kernelWindow;
    private WindowCanvas poolWindow;
    private Label formula;
    private Label poolText;
    private boolean updatingFields;
    private Job filtering;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        ExplorerInput explorerInput = explorerInput(input);
        try {
            original = explorerInput.readGray();
        } catch (DataException | IllegalArgumentException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        setSite(site);
        setInput(explorerInput);
        setPartName(NLS.bind(Messages.Explorer_partName, explorerInput.getName()));
    }

    private static ExplorerInput explorerInput(IEditorInput input) throws PartInitException {
        if (input instanceof ExplorerInput explorer) {
            return explorer;
        }
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return ExplorerInput.of(fileInput.getFile().getLocation().toPath());
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return ExplorerInput.of(Path.of(uriInput.getURI()));
        }
        throw new PartInitException(NLS.bind(Messages.Explorer_notAnImage, input.getName()));
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        createControls(parent);
        error = new Label(parent, SWT.WRAP);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm pictures = new SashForm(parent, SWT.HORIZONTAL);
        pictures.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < 3; i++) {
            Composite column = new Composite(pictures, SWT.NONE);
            column.setLayout(new GridLayout(1, false));
            titles[i] = new Label(column, SWT.NONE);
            titles[i].setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            canvases[i] = new PixelCanvas(column);
            canvases[i].setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            if (i == 0 && ((ExplorerInput) getEditorInput()).file() == null) {
                Label attribution = new Label(column, SWT.NONE);
                attribution.setText(Messages.Explorer_attribution);
                attribution.setToolTipText(Messages.Explorer_coursePhotoTooltip);
            }
            int picture = i;
            canvases[i].onHover((x, y) -> hovered(picture, x, y));
        }
        createDetails(parent);
        canvases[0].setPicture(original);
        selectPreset("sobel-y");
        recompute();
    }

    private void createControls(Composite parent) {
        Composite controls = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        row.spacing = 8;
        controls.setLayout(row);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(controls, SWT.NONE).setText(Messages.Explorer_kernel);
        preset = new Combo(controls, SWT.READ_ONLY);
        for (String name : Kernel.presetNames()) {
            preset.add(name);
        }
        preset.add(CUSTOM);
        preset.addListener(SWT.Selection, e -> presetChosen());
        Composite grid = new Composite(controls, SWT.NONE);
        GridLayout gridLayout = new GridLayout(3, true);
        gridLayout.marginHeight = 0;
        grid.setLayout(gridLayout);
        for (int n = 0; n < 9; n++) {
            cells[n] = new Text(grid, SWT.BORDER | SWT.RIGHT);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
            data.widthHint = 40;
            cells[n].setLayoutData(data);
            cells[n].setToolTipText(NLS.bind(Messages.Explorer_cellTooltip, n / 3 + 1, n % 3 + 1));
            cells[n].addListener(SWT.Modify, e -> fieldsEdited());
        }
        new Label(controls, SWT.NONE).setText(Messages.Explorer_weight);
        weight = new Text(controls, SWT.BORDER | SWT.RIGHT);
        weight.setLayoutData(new RowData(50, SWT.DEFAULT));
        weight.setText("1");
        weight.setToolTipText(Messages.Explorer_weightTooltip);
        weight.addListener(SWT.Modify, e -> recompute());
        new Label(controls, SWT.NONE).setText(Messages.Explorer_pool);
        pool = new Combo(controls, SWT.READ_ONLY);
        for (int p : POOLS) {
            pool.add(p == 1 ? Messages.Explorer_noPool : p + " × " + p);
        }
        pool.select(1);
        pool.addListener(SWT.Selection, e -> recompute());
        transposed = new Button(controls, SWT.CHECK);
        transposed.setText(Messages.Explorer_transposed);
        transposed.setToolTipText(Messages.Explorer_transposedTooltip);
        transposed.addListener(SWT.Selection, e -> recompute());
        Button save = new Button(controls, SWT.PUSH);
        save.setText(Messages.Explorer_save);
        save.addListener(SWT.Selection, e -> saveResult());
    }

    private void createDetails(Composite parent) {
        Composite details = new Composite(parent, SWT.NONE);
        details.setLayout(new GridLayout(4, false));
        details.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        kernelWindow = new WindowCanvas(details);
        kernelWindow.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        formula = new Label(details, SWT.WRAP);
        formula.setFont(JFaceResources.getTextFont());
        GridData formulaData = new GridData(SWT.FILL, SWT.TOP, true, false);
        formulaData.widthHint = 400;
        formula.setLayoutData(formulaData);
        formula.setText(Messages.Explorer_hoverHint);
        poolWindow = new WindowCanvas(details);
        poolWindow.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        poolText = new Label(details, SWT.WRAP);
        GridData poolData = new GridData(SWT.FILL, SWT.TOP, true, false);
        poolData.widthHint = 200;
        poolText.setLayoutData(poolData);
    }

    private void selectPreset(String name) {
        preset.select(preset.indexOf(name));
        presetChosen();
    }

    private void presetChosen() {
        String name = preset.getText();
        Kernel.preset(name).ifPresent(kernel -> {
            updatingFields = true;
            try {
                for (int n = 0; n < 9; n++) {
                    cells[n].setText(Kernel.format(kernel.get(n / 3, n % 3)));
                }
            } finally {
                updatingFields = false;
            }
            recompute();
        });
    }

    private void fieldsEdited() {
        if (updatingFields) {
            return;
        }
        preset.select(preset.indexOf(CUSTOM));
        recompute();
    }

    /** The filter the fields describe, or {@code null} with the reason shown. */
    private ConvolutionFilter filterFromFields() {
        double[][] rows = new double[3][3];
        for (int n = 0; n < 9; n++) {
            String text = cells[n].getText().strip();
            try {
                rows[n / 3][n % 3] = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                showError(NLS.bind(Messages.Explorer_badCell, new Object[] { n / 3 + 1, n % 3 + 1, text }));
                return null;
            }
        }
        double w;
        try {
            w = Double.parseDouble(weight.getText().strip());
        } catch (NumberFormatException e) {
            showError(NLS.bind(Messages.Explorer_badWeight, weight.getText().strip()));
            return null;
        }
        try {
            Kernel kernel = Kernel.of(rows);
            return new ConvolutionFilter(transposed.getSelection() ? kernel.transpose() : kernel, w);
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return null;
        }
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.getParent().layout();
    }

    private void recompute() {
        if (preset == null || weight == null || pool == null || transposed == null) {
            return;
        }
        ConvolutionFilter next = filterFromFields();
        if (next == null) {
            return;
        }
        showError(null);
        int p = POOLS[Math.max(0, pool.getSelectionIndex())];
        filter = next;
        if (filtering != null) {
            filtering.cancel();
        }
        PixelImage input = original;
        filtering = new Job(Messages.Explorer_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                FilterResult computed;
                try {
                    computed = FilterResult.compute(input, next, p);
                } catch (IllegalArgumentException e) {
                    getSite().getShell().getDisplay().asyncExec(() -> showError(e.getMessage()));
                    return Status.OK_STATUS;
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                getSite().getShell().getDisplay().asyncExec(() -> {
                    if (!canvases[0].isDisposed() && filter == next) {
                        show(computed, next);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        filtering.setSystem(true);
        filtering.schedule();
    }

    private void show(FilterResult computed, ConvolutionFilter computedWith) {
        result = computed;
        shownFilter = computedWith;
        canvases[1].setPicture(computed.filtered());
        canvases[2].setPicture(computed.pooled());
        titles[0].setText(NLS.bind(Messages.Explorer_original, size(computed.original())));
        titles[1].setText(NLS.bind(Messages.Explorer_filtered, size(computed.filtered())));
        titles[2].setText(computed.pool() == 1 ? Messages.Explorer_notPooled
                : NLS.bind(Messages.Explorer_pooled, computed.pool() + " × " + computed.pool(),
                        size(computed.pooled())));
        titles[0].getParent().getParent().layout(true, true);
    }

    private static String size(PixelImage image) {
        return image.width() + " × " + image.height();
    }

    /** The pointer is over picture {@code picture} (0 original, 1 filtered, 2 pooled) at pixel ({@code x, y}). */
    private void hovered(int picture, int x, int y) {
        FilterResult shown = result;
        if (shown == null) {
            return;
        }
        int p = shown.pool();
        int cx = picture == 2 ? x * p : x;
        int cy = picture == 2 ? y * p : y;
        FilterStep step = shownFilter.stepAt(original, cx, cy);
        int k = step.kernel().size();
        String[] captions = new String[k * k];
        for (int n = 0; n < captions.length; n++) {
            captions[n] = "×" + Kernel.format(step.kernel().weights()[n]);
        }
        kernelWindow.show(k, step.window(), step.border() ? null : captions, -1);
        formula.setText(NLS.bind(Messages.Explorer_step, new Object[] { cx, cy, step.formula() }));
        int r = step.kernel().radius();
        canvases[0].setHighlight(new Rectangle(cx - r, cy - r, k, k));
        if (p > 1 && cx / p < shown.pooled().width() && cy / p < shown.pooled().height()) {
            MaxPool.PoolStep poolStep = MaxPool.stepAt(shown.filtered(), p, cx / p, cy / p);
            int max = 0;
            while (poolStep.window()[max] != poolStep.max()) {
                max++;
            }
            poolWindow.show(p, poolStep.window(), null, max);
            poolText.setText(NLS.bind(Messages.Explorer_poolStep, new Object[] { p + " × " + p, cx / p * p,
                    cy / p * p, poolStep.max(), cx / p, cy / p }));
            canvases[1].setHighlight(new Rectangle(cx / p * p, cy / p * p, p, p));
            canvases[2].setHighlight(new Rectangle(cx / p, cy / p, 1, 1));
        } else {
            poolWindow.show(0, new int[0], null, -1);
            poolText.setText(p > 1 ? Messages.Explorer_poolDropped : "");
            canvases[1].setHighlight(new Rectangle(cx, cy, 1, 1));
            canvases[2].setHighlight(p > 1 ? null : new Rectangle(cx, cy, 1, 1));
        }
        poolText.getParent().layout();
    }

    private void saveResult() {
        FilterResult shown = result;
        if (shown == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.png" });
        dialog.setFileName("filtered.png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            FilterImages.writePng(shown.result(), Path.of(chosen));
        } catch (DataException e) {
            showError(e.getMessage());
        }
    }

    /** The pictures shown now, or {@code null} while the first filtering runs. */
    public FilterResult result() {
        return result;
    }

    /** The three picture canvases: original, filtered, pooled (for tests). */
    public List<Canvas> canvases() {
        return new ArrayList<>(List.of(canvases));
    }

    /** Canvas point of pixel ({@code x}, {@code y}) in picture {@code picture} (for tests driving the pointer). */
    public int[] pointOf(int picture, int x, int y) {
        return canvases[picture].pointOf(x, y);
    }

    /** The step text under the pointer (for tests). */
    public String stepText() {
        return formula.getText();
    }

    @Override
    public void setFocus() {
        preset.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (filtering != null) {
            filtering.cancel();
        }
        super.dispose();
    }
}
