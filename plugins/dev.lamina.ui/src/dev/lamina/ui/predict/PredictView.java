// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITableColorProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import dev.lamina.data.image.PixelImage;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.activations.RunModelView;
import dev.lamina.ui.activations.RunSelection;
import dev.lamina.ui.activations.ViewControls;
import dev.lamina.ui.dataset.images.SwtPixels;

/**
 * A run's model on dropped or chosen images and folders, as {@code lamina predict}: one row per image with its
 * thumbnail, predicted class, the probability of every class as bars, and, for images in a class folder, the
 * actual class (mistakes highlighted, accuracy above the table). Columns sort. The selected row's Grad-CAM map is
 * drawn over its image with an opacity slider. Predictions and maps are computed in jobs.
 */
public final class PredictView extends ViewPart implements RunModelView {

    public static final String ID = "dev.lamina.ui.predict.PredictView";
    private static final int BAR_COLUMN = 2;

    private Label runLabel;
    private Label summary;
    private TableViewer viewer;
    private Label gradCamCaption;
    private GradCamCanvas gradCam;
    private Scale opacity;
    private Label opacityLabel;
    private Button addImages;
    private Button addFolder;
    private Color mistake;
    private Color barColor;
    private Color predictedColor;
    private Path run;
    private final List<Path> inputs = new ArrayList<>();
    private List<PredictedImage> rows = List.of();
    private List<String> classNames = List.of();
    private final Map<PredictedImage, Image> thumbnails = new IdentityHashMap<>();
    private int generation;
    private int gradCamGeneration;
    private GradCamJob.Outcome gradCamShown;
    private final ISelectionListener selectionListener = (part, selection) -> {
        Path folder = RunSelection.runFolder(selection);
        if (folder != null && part != this) {
            setRun(folder);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        mistake = new Color(new RGB(255, 214, 214));
        barColor = new Color(new RGB(190, 190, 190));
        predictedColor = new Color(new RGB(40, 110, 200));
        parent.setLayout(new GridLayout(4, false));
        runLabel = new Label(parent, SWT.NONE);
        runLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        addImages = ViewControls.button(parent, Messages.Predict_addImages, this::chooseImages);
        addFolder = ViewControls.button(parent, Messages.Predict_addFolder, this::chooseFolder);
        ViewControls.button(parent, Messages.Predict_clear, this::clear);
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table(sides);
        Composite right = new Composite(sides, SWT.NONE);
        right.setLayout(new GridLayout(2, false));
        gradCamCaption = new Label(right, SWT.WRAP);
        gradCamCaption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        gradCamCaption.setText(Messages.Predict_gradCamNone);
        gradCam = new GradCamCanvas(right);
        gradCam.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        opacityLabel = new Label(right, SWT.NONE);
        opacity = new Scale(right, SWT.HORIZONTAL);
        opacity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        opacity.setMinimum(0);
        opacity.setMaximum(100);
        opacity.setSelection(60);
        opacity.setIncrement(5);
        opacity.setPageIncrement(10);
        opacity.addListener(SWT.Selection, e -> opacityChanged());
        opacityLabel.setText(NLS.bind(Messages.Predict_opacity, opacity.getSelection()));
        sides.setWeights(3, 2);
        ViewControls.acceptFiles(parent, this::add);
        ViewControls.acceptFiles(viewer.getTable(), this::add);
        getSite().getPage().addPostSelectionListener(selectionListener);
        RunSelection.followTraining(viewer.getControl(), folder -> {
            run = null; // the same folder has a new model now
            setRun(folder);
        });
        setRun(RunSelection.current(getSite().getPage()));
    }

    private void table(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Sorter sorter = new Sorter();
        viewer.setComparator(sorter);
        viewer.setLabelProvider(new Labels(sorter.texts));
        column(sorter, Messages.Predict_image, 220, r -> r.file().getFileName().toString(),
                Comparator.comparing(r -> r.file().toString()));
        column(sorter, Messages.Predict_predicted, 110, r -> r.prediction().className(),
                Comparator.comparing(r -> r.prediction().className()));
        column(sorter, Messages.Predict_probabilities, 200, r -> percent(r.prediction().probability()),
                Comparator.comparingDouble(r -> r.prediction().probability()));
        column(sorter, Messages.Predict_actual, 110, this::actualText, Comparator.comparing(this::actualText));
        table.addListener(SWT.EraseItem, e -> {
            if (e.index == BAR_COLUMN) {
                e.detail &= ~SWT.FOREGROUND;
            }
        });
        table.addListener(SWT.PaintItem, this::paintSelectedThumbnail);
        table.addListener(SWT.PaintItem, this::paintBars);
        viewer.addSelectionChangedListener(e -> selected());
    }

    private String actualText(PredictedImage row) {
        return row.labelled() ? classNames.get(row.actual()) : "";
    }

    private void column(Sorter sorter, String title, int width, Function<PredictedImage, String> text,
            Comparator<PredictedImage> order) {
        TableColumn column = new TableColumn(viewer.getTable(), SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
        int index = viewer.getTable().getColumnCount() - 1;
        sorter.orders.add(order);
        column.addListener(SWT.Selection, e -> {
            sorter.sortBy(index, sorter.column == index ? !sorter.ascending : true);
            viewer.getTable().setSortColumn(column);
            viewer.getTable().setSortDirection(sorter.ascending ? SWT.UP : SWT.DOWN);
            viewer.refresh();
        });
        sorter.texts.add(text);
    }

    /** Each column's text (the bars column draws its own), the thumbnail, and mistakes in red. */
    private final class Labels extends LabelProvider implements ITableLabelProvider, ITableColorProvider {
        private final List<Function<PredictedImage, String>> texts;

        Labels(List<Function<PredictedImage, String>> texts) {
            this.texts = texts;
        }

        @Override
        public String getColumnText(Object element, int column) {
            return column == BAR_COLUMN ? "" : texts.get(column).apply((PredictedImage) element);
        }

        @Override
        public Image getColumnImage(Object element, int column) {
            return column == 0 ? thumbnail((PredictedImage) element) : null;
        }

        @Override
        public Color getForeground(Object element, int column) {
            return null;
        }

        @Override
        public Color getBackground(Object element, int column) {
            PredictedImage row = (PredictedImage) element;
            return row.labelled() && !row.correct() ? mistake : null;
        }
    }

    /** Sorts by one column, either way. */
    private static final class Sorter extends ViewerComparator {
        final List<Comparator<PredictedImage>> orders = new ArrayList<>();
        final List<Function<PredictedImage, String>> texts = new ArrayList<>();
        int column = -1;
        boolean ascending = true;

        void sortBy(int index, boolean up) {
            column = index;
            ascending = up;
        }

        @Override
        public int compare(Viewer v, Object a, Object b) {
            if (column < 0) {
                return 0;
            }
            int result = orders.get(column).compare((PredictedImage) a, (PredictedImage) b);
            return ascending ? result : -result;
        }
    }

    /** Predicts with the model of the run in {@code folder} ({@code null} for none), on the images listed. */
    @Override
    public void setRun(Path folder) {
        if (folder != null && folder.equals(run)) {
            return;
        }
        run = folder;
        boolean ready = run != null && Files.isRegularFile(run.resolve(RunLayout.TRAINED_MODEL));
        runLabel.setText(run == null ? Messages.Predict_noRun
                : ready ? NLS.bind(Messages.Predict_run, run.getFileName())
                        : NLS.bind(Messages.Predict_noModel, run.getFileName()));
        addImages.setEnabled(ready);
        addFolder.setEnabled(ready);
        predict();
    }

    public Path run() {
        return run;
    }

    private void chooseImages() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.bmp;*.gif", "*" });
        if (dialog.open() != null) {
            List<Path> files = new ArrayList<>();
            for (String name : dialog.getFileNames()) {
                files.add(Path.of(dialog.getFilterPath(), name));
            }
            add(files);
        }
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
        dialog.setMessage(Messages.Predict_folderDialog);
        String folder = dialog.open();
        if (folder != null) {
            add(List.of(Path.of(folder)));
        }
    }

    /** Adds dropped or chosen images and folders (searched for images; class folders give the actual class). */
    public void add(List<Path> paths) {
        inputs.addAll(paths);
        predict();
    }

    /** Predicts {@code images} (replacing the images listed) with the model of the run in {@code folder}. */
    public void predictWith(Path folder, List<Path> images) {
        inputs.clear();
        inputs.addAll(images);
        if (folder.equals(run)) {
            predict();
        } else {
            setRun(folder);
        }
    }

    private void clear() {
        inputs.clear();
        predict();
    }

    private void predict() {
        int request = ++generation;
        showGradCam(null);
        if (run == null || inputs.isEmpty() || !Files.isRegularFile(run.resolve(RunLayout.TRAINED_MODEL))) {
            show(List.of(), null);
            return;
        }
        summary.setText(NLS.bind(Messages.Predict_running, inputs.size()));
        Path model = RunLayout.trainedModel(run);
        new PredictJob(model, inputs, outcome -> ui(() -> {
            if (request == generation) {
                classNames = outcome.classNames();
                show(outcome.rows(), outcome.problem());
            }
        })).schedule();
    }

    private void ui(Runnable runnable) {
        Control control = viewer.getControl();
        if (!control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void show(List<PredictedImage> newRows, String problem) {
        thumbnails.values().forEach(Image::dispose);
        thumbnails.clear();
        rows = newRows;
        viewer.setInput(newRows);
        if (problem != null) {
            summary.setText(NLS.bind(Messages.Predict_failed, problem));
        } else if (rows.isEmpty()) {
            summary.setText(run == null ? "" : Messages.Predict_dropHere);
        } else {
            long labelled = rows.stream().filter(PredictedImage::labelled).count();
            long correct = rows.stream().filter(PredictedImage::correct).count();
            summary.setText(labelled == 0 ? NLS.bind(Messages.Predict_summary, rows.size())
                    : NLS.bind(Messages.Predict_accuracy, new Object[] { rows.size(),
                            String.format(Locale.ROOT, "%.4f", (double) correct / labelled), correct, labelled }));
        }
        summary.getParent().layout(true);
    }

    private Image thumbnail(PredictedImage row) {
        return thumbnails.computeIfAbsent(row, r -> new Image(viewer.getTable().getDisplay(),
                SwtPixels.toImageData(r.thumbnail())));
    }

    /**
     * The selected row's thumbnail drawn again over the selection: on GTK, with an erase listener on the table, the
     * selection highlight is filled over the whole cell after the image, which hid the thumbnail of the row chosen.
     */
    private void paintSelectedThumbnail(Event event) {
        if (event.index != 0 || (event.detail & SWT.SELECTED) == 0
                || !(event.item instanceof TableItem item) || !(item.getData() instanceof PredictedImage row)) {
            return;
        }
        Image image = thumbnail(row);
        Rectangle at = item.getImageBounds(0);
        Rectangle size = image.getBounds();
        event.gc.drawImage(image, at.x + Math.max(0, (at.width - size.width) / 2),
                at.y + Math.max(0, (at.height - size.height) / 2));
    }

    /** One bar per class, the predicted one coloured, and the predicted class's probability as text. */
    private void paintBars(Event event) {
        if (event.index != BAR_COLUMN || !(event.item.getData() instanceof PredictedImage row)) {
            return;
        }
        GC gc = event.gc;
        Rectangle cell = new Rectangle(event.x, event.y, viewer.getTable().getColumn(BAR_COLUMN).getWidth(),
                event.height);
        double[] p = row.probabilities();
        int text = gc.textExtent("100.0%").x + 6;
        int width = Math.max(p.length * 3, cell.width - text - 4);
        int barWidth = Math.max(2, width / p.length - 1);
        int top = cell.y + 3;
        int height = cell.height - 6;
        Color old = gc.getBackground();
        for (int c = 0; c < p.length; c++) {
            int h = (int) Math.round(Math.clamp(p[c], 0, 1) * height);
            gc.setBackground(c == row.prediction().classIndex() ? predictedColor : barColor);
            gc.fillRectangle(cell.x + 2 + c * (barWidth + 1), top + height - h, barWidth, Math.max(1, h));
        }
        gc.setBackground(old);
        String label = percent(row.prediction().probability());
        gc.drawText(label, cell.x + cell.width - gc.textExtent(label).x - 4,
                cell.y + (cell.height - gc.textExtent(label).y) / 2, true);
    }

    private void selected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        showGradCam(selection.getFirstElement() instanceof PredictedImage row ? row : null);
    }

    private void showGradCam(PredictedImage row) {
        int request = ++gradCamGeneration;
        gradCamShown = null;
        gradCam.show(null, null);
        if (row == null || run == null) {
            gradCamCaption.setText(Messages.Predict_gradCamNone);
            return;
        }
        gradCamCaption.setText(Messages.Predict_gradCamComputing);
        new GradCamJob(RunLayout.trainedModel(run), row.file(), row.prediction().classIndex(), outcome -> ui(() -> {
            if (request == gradCamGeneration) {
                gradCamShown = outcome;
                if (outcome.problem() != null) {
                    gradCamCaption.setText(NLS.bind(Messages.Predict_gradCamFailed, outcome.problem()));
                } else {
                    gradCamCaption.setText(NLS.bind(Messages.Predict_gradCam, new Object[] {
                            row.file().getFileName(), outcome.map().className(),
                            percent(outcome.map().probability()), outcome.map().layerName() }));
                    gradCam.setOpacity(opacity.getSelection() / 100.0);
                    gradCam.show(outcome.picture(), outcome.map());
                }
                gradCamCaption.getParent().layout(true);
            }
        })).schedule();
    }

    private void opacityChanged() {
        opacityLabel.setText(NLS.bind(Messages.Predict_opacity, opacity.getSelection()));
        opacityLabel.getParent().layout(true);
        gradCam.setOpacity(opacity.getSelection() / 100.0);
    }

    private static String percent(double probability) {
        return String.format(Locale.ROOT, "%.1f%%", probability * 100);
    }

    /** The rows in the table's order (for tests). */
    public List<PredictedImage> rows() {
        List<PredictedImage> shown = new ArrayList<>();
        for (TableItem item : viewer.getTable().getItems()) {
            shown.add((PredictedImage) item.getData());
        }
        return shown;
    }

    public TableViewer viewer() {
        return viewer;
    }

    public String summaryText() {
        return summary.getText();
    }

    public Scale opacityScale() {
        return opacity;
    }

    /** The Grad-CAM shown for the selected row, or {@code null} while none is. */
    public GradCamJob.Outcome gradCamShown() {
        return gradCamShown;
    }

    /** The pixels drawn in the Grad-CAM panel now, or {@code null}. */
    public PixelImage gradCamOverlay() {
        return gradCam.overlay();
    }

    public Control gradCamCanvas() {
        return gradCam;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        thumbnails.values().forEach(Image::dispose);
        if (mistake != null) {
            mistake.dispose();
            barColor.dispose();
            predictedColor.dispose();
        }
        super.dispose();
    }
}
