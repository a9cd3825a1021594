// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.data.DataException;
import dev.lamina.data.image.ImageFormat;
import dev.lamina.engine.run.RunPreparationException;
import dev.lamina.run.folder.EpochState;
import dev.lamina.ui.internal.LaminaJobs;

/**
 * Every conv/pool layer's feature maps for one image, from a trained run: one row per layer with a tile per
 * channel, as {@code lamina activations} draws them. The run follows the selected run folder (Runs view, Project
 * Explorer) or the Run view's; the image is dropped, chosen, or drawn from the run's validation data. A click on a
 * tile enlarges it with its value range; the slider shows the same image through each epoch the run kept. The
 * computation runs in an {@link ActivationsJob}.
 */
public final class ActivationsView extends ViewPart implements RunModelView {

    public static final String ID = "dev.lamina.ui.activations.ActivationsView";

    private Label runLabel;
    private Label imageLabel;
    private Label message;
    private Button openImage;
    private Button random;
    private Button export;
    private Label epochLabel;
    private Scale epochs;
    private ScrolledComposite scroller;
    private ActivationsCanvas canvas;
    private Path run;
    private List<EpochState> snapshots = List.of();
    private Path image;
    private String imageCaption;
    private ValidationImages validation;
    private ActivationsJob running;
    private int generation;
    private ActivationsJob.Outcome shown;
    private final ISelectionListener selectionListener = (part, selection) -> {
        Path folder = RunSelection.runFolder(selection);
        if (folder != null && part != this) {
            setRun(folder);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        runLabel = new Label(parent, SWT.NONE);
        runLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        openImage = ViewControls.button(parent, Messages.Activations_openImage, this::chooseImage);
        random = ViewControls.button(parent, Messages.Activations_random, this::randomFromValidation);
        export = ViewControls.button(parent, Messages.Activations_export, this::chooseExport);
        imageLabel = new Label(parent, SWT.NONE);
        imageLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        epochLabel = new Label(parent, SWT.NONE);
        epochLabel.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        epochs = new Scale(parent, SWT.HORIZONTAL);
        GridData scaleData = new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1);
        scaleData.widthHint = 220;
        epochs.setLayoutData(scaleData);
        epochs.setIncrement(1);
        epochs.setPageIncrement(1);
        epochs.addListener(SWT.Selection, e -> compute());
        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        canvas = new ActivationsCanvas(scroller);
        scroller.setContent(canvas);
        canvas.onTileClicked(this::enlarge);
        ViewControls.acceptFiles(parent, files -> showImage(files.get(0)));
        ViewControls.acceptFiles(canvas, files -> showImage(files.get(0)));
        getSite().getPage().addPostSelectionListener(selectionListener);
        RunSelection.followTraining(canvas, folder -> {
            run = null; // the same folder has a new model now
            setRun(folder);
        });
        setRun(RunSelection.current(getSite().getPage()));
    }

    /** Shows the run in {@code folder} (a run folder; {@code null} for none), keeping the image. */
    @Override
    public void setRun(Path folder) {
        if (folder != null && folder.equals(run) && !snapshots.isEmpty()) {
            return;
        }
        run = folder;
        snapshots = folder == null ? List.of() : ModelSnapshots.of(folder);
        if (validation != null && !validation.run().equals(folder)) {
            validation = null;
        }
        runLabel.setText(folder == null ? Messages.Activations_noRun
                : snapshots.isEmpty() ? NLS.bind(Messages.Activations_noModel, folder.getFileName())
                        : NLS.bind(Messages.Activations_run, folder.getFileName(), last().epoch()));
        boolean scrub = snapshots.size() > 1;
        epochs.setMinimum(0);
        epochs.setMaximum(Math.max(1, snapshots.size() - 1));
        epochs.setSelection(Math.max(0, snapshots.size() - 1));
        epochs.setEnabled(scrub);
        epochs.setToolTipText(snapshots.isEmpty() ? null : scrub ? Messages.Activations_epochsTip
                : Messages.Activations_onlyFinal);
        epochLabel.setToolTipText(epochs.getToolTipText());
        updateButtons();
        compute();
    }

    public Path run() {
        return run;
    }

    private EpochState last() {
        return snapshots.get(snapshots.size() - 1);
    }

    private EpochState selectedSnapshot() {
        return snapshots.isEmpty() ? null : snapshots.get(Math.min(snapshots.size() - 1, epochs.getSelection()));
    }

    /** Shows the feature maps of the image {@code file} (a dropped or chosen file). */
    public void showImage(Path file) {
        if (!Files.isRegularFile(file) || !ImageFormat.hasImageExtension(file.getFileName().toString())) {
            message.setText(NLS.bind(Messages.Activations_notImage, file));
            return;
        }
        showImage(file, file.toString());
    }

    private void showImage(Path file, String caption) {
        image = file;
        imageCaption = caption;
        updateButtons();
        compute();
    }

    private void chooseImage() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.bmp;*.gif", "*" });
        String file = dialog.open();
        if (file != null) {
            showImage(Path.of(file));
        }
    }

    /** Draws a random image of the run's validation data and shows its feature maps. */
    public void randomFromValidation() {
        if (run == null) {
            return;
        }
        Path folder = run;
        message.setText(Messages.Activations_drawing);
        Job draw = new Job(Messages.Activations_drawing) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    ValidationImages images = validation != null && validation.run().equals(folder) ? validation
                            : ValidationImages.of(folder);
                    ValidationImages.Sample sample = images.draw();
                    ui(() -> {
                        validation = images;
                        if (folder.equals(run)) {
                            showImage(sample.png(), NLS.bind(Messages.Activations_validationSample, sample.name(),
                                    sample.className()));
                        }
                    });
                } catch (RunPreparationException | DataException e) {
                    ui(() -> message.setText(e.getMessage()));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ModelJobs.FAMILY || family == LaminaJobs.ENGINE_FAMILY;
            }
        };
        draw.setSystem(true);
        draw.schedule();
    }

    private void ui(Runnable runnable) {
        if (!canvas.isDisposed()) {
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void updateButtons() {
        random.setEnabled(run != null);
        export.setEnabled(shown != null && shown.problem() == null && !shown.layers().isEmpty());
        imageLabel.setText(image == null ? Messages.Activations_noImage
                : NLS.bind(Messages.Activations_image, imageCaption));
        EpochState snapshot = selectedSnapshot();
        epochLabel.setText(snapshot == null ? "" : NLS.bind(Messages.Activations_epoch, snapshot.epoch(),
                snapshot.file().getFileName()));
        epochLabel.getParent().layout(true);
    }

    /** Schedules the computation for the current run, epoch and image; a newer request wins. */
    private void compute() {
        updateButtons();
        EpochState snapshot = selectedSnapshot();
        if (snapshot == null || image == null) {
            if (run != null && image == null && !snapshots.isEmpty()) {
                message.setText(Messages.Activations_chooseImage);
            }
            return;
        }
        if (running != null) {
            running.cancel();
        }
        int request = ++generation;
        message.setText(Messages.Activations_computing);
        running = new ActivationsJob(snapshot.file(), image, outcome -> ui(() -> {
            if (request == generation) {
                show(outcome);
            }
        }));
        running.schedule();
    }

    private void show(ActivationsJob.Outcome outcome) {
        shown = outcome;
        running = null;
        if (outcome.problem() != null) {
            message.setText(NLS.bind(Messages.Activations_failed, outcome.problem()));
            canvas.setLayers(List.of());
        } else {
            message.setText(outcome.layers().isEmpty() ? Messages.Activations_noLayers
                    : NLS.bind(Messages.Activations_shown, outcome.layers().size(), outcome.millis()));
            canvas.setLayers(outcome.layers());
        }
        canvas.setSize(canvas.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        updateButtons();
    }

    private void enlarge(int layer, int channel) {
        new TileDialog(getSite().getShell(), canvas.layers().get(layer), channel).open();
    }

    private void chooseExport() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.png" });
        dialog.setFileName("activations.png");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                exportPng(Path.of(file));
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Activations_export,
                        NLS.bind(Messages.Activations_exportFailed, file, e.getMessage()));
            }
        }
    }

    /** Writes the rows as on screen (all of them, not only the visible part) as one PNG, atomically. */
    public void exportPng(Path file) throws IOException {
        Point size = canvas.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        Image picture = new Image(canvas.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        ImageData data;
        try {
            GC gc = new GC(picture);
            try {
                gc.setFont(canvas.getFont());
                gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, size.x, size.y);
                canvas.paint(gc);
            } finally {
                gc.dispose();
            }
            data = picture.getImageData();
        } finally {
            picture.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        AtomicFile.write(file, out -> loader.save(out, SWT.IMAGE_PNG));
    }

    /** The layers shown (for tests), in model order. */
    public List<LayerTiles> layers() {
        return canvas.layers();
    }

    /** The computation shown last: its image and how long it took. */
    public ActivationsJob.Outcome shown() {
        return shown;
    }

    /** A tile's bounds in display coordinates' control: {@link #canvas()} (for tests that click it). */
    public Rectangle tileBounds(int layer, int channel) {
        return canvas.tileBounds(layer, channel);
    }

    public Control canvas() {
        return canvas;
    }

    public Scale epochScale() {
        return epochs;
    }

    /** The epoch the slider shows, as its label reads (for tests). */
    public String epochText() {
        return epochLabel.getText();
    }

    public String messageText() {
        return message.getText();
    }

    /** The title of the dialog that enlarges a tile (for tests). */
    public String tileTitle(int layer, int channel) {
        return TileDialog.title(canvas.layers().get(layer), channel);
    }

    /** The value range the enlarged tile shows (for tests). */
    public String tileRange(int layer, int channel) {
        return TileDialog.rangeText(canvas.layers().get(layer), channel);
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }
}
