// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import dev.lamina.data.DataException;
import dev.lamina.data.augment.AugmentOptions;
import dev.lamina.data.augment.FillMode;
import dev.lamina.data.folder.FolderOptions;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.folder.ValidationPart;
import dev.lamina.data.pipeline.PipelineOptions;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.Interpolation;
import dev.lamina.ui.dataset.Messages;

/**
 * What the network sees of the selected image, side by side: the original, the input at the model's size in its
 * colour mode and interpolation with its rescaled value range, and six augmented variants (epochs 1 to 6), all
 * computed by {@link NetworkInput} with the pipeline's own code. The settings are the run file's that trains on
 * the dataset ({@link #useRun}); without one, the course's defaults, which the controls change
 * ({@link #useCourseDefaults}). The page scrolls when the editor is smaller than it.
 */
public final class NetworkInputPage extends Composite {

    private static final int SHOWN = 140;
    private static final int LABEL = 40;
    private static final int MARGIN = 10;
    private static final int TOP = 30;
    private static final int STEP = SHOWN + 16;

    private final Spinner width;
    private final Spinner height;
    private final Combo colorMode;
    private final Combo interpolation;
    private final Spinner rotation;
    private final Spinner shift;
    private final Spinner zoom;
    private final Button flip;
    private final Spinner seed;
    private final Label origin;
    private final ScrolledComposite scroller;
    private final Composite body;
    private final Canvas canvas;
    private final List<Image> images = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private Tile tile;
    private ScanReport report;
    private ValidationPart validation;
    private NetworkInput.Settings runSettings;
    private NetworkInput shown;
    private String failure;

    public NetworkInputPage(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        // the whole page scrolls: the controls and the images stay reachable in an editor smaller than they are
        scroller = new ScrolledComposite(this, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.getVerticalBar().setIncrement(24);
        scroller.getHorizontalBar().setIncrement(24);
        body = new Composite(scroller, SWT.NONE);
        body.setLayout(new GridLayout(10, false));
        scroller.setContent(body);
        width = spinner(Messages.Network_width, 1, 2048, 28);
        height = spinner(Messages.Network_height, 1, 2048, 28);
        new Label(body, SWT.NONE).setText(Messages.Network_colorMode);
        colorMode = new Combo(body, SWT.READ_ONLY);
        colorMode.setItems("grayscale", "rgb", "rgba");
        colorMode.select(1);
        colorMode.addListener(SWT.Selection, e -> recompute());
        new Label(body, SWT.NONE).setText(Messages.Network_interpolation);
        interpolation = new Combo(body, SWT.READ_ONLY);
        interpolation.setItems("nearest", "bilinear");
        interpolation.select(0);
        interpolation.addListener(SWT.Selection, e -> recompute());
        rotation = spinner(Messages.Network_rotation, 0, 180, 40);
        shift = spinner(Messages.Network_shift, 0, 50, 20);
        zoom = spinner(Messages.Network_zoom, 0, 50, 20);
        flip = new Button(body, SWT.CHECK);
        flip.setText(Messages.Network_flip);
        flip.setSelection(true);
        flip.addListener(SWT.Selection, e -> recompute());
        seed = spinner(Messages.Network_seed, 0, Integer.MAX_VALUE, 0);
        origin = new Label(body, SWT.WRAP);
        GridData originData = new GridData(SWT.LEFT, SWT.TOP, false, false, 10, 1);
        originData.widthHint = 760; // wraps within the editor rather than widening the page
        origin.setLayoutData(originData);
        origin.setText(Messages.Network_courseDefaults);
        canvas = new Canvas(body, SWT.DOUBLE_BUFFERED);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 10, 1));
        canvas.addListener(SWT.Paint, this::paint);
        resize();
        addListener(SWT.Dispose, e -> disposeImages());
    }

    private Spinner spinner(String label, int min, int max, int value) {
        new Label(body, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(body, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        spinner.addListener(SWT.Selection, e -> recompute());
        return spinner;
    }

    /** Takes the input size and colour mode from the dataset's most common image (until a run says otherwise). */
    public void defaultsFrom(ScanReport report) {
        if (report.images().isEmpty() || report.images().get(0).header() == null) {
            return;
        }
        String size = report.sizes().keySet().iterator().next();
        String[] wh = size.split("x");
        width.setSelection(Integer.parseInt(wh[0]));
        height.setSelection(Integer.parseInt(wh[1]));
        colorMode.select(report.channels().keySet().stream().anyMatch(c -> c >= 3) ? 1 : 0);
    }

    /** Shows a file of the dataset (its sample index comes from the division into training and validation). */
    public void show(Tile file) {
        tile = file;
        recompute();
    }

    /** The dataset as last scanned and its division ({@code null}: all of it trains); the shown file is redone. */
    public void dataset(ScanReport scanned, ValidationPart division) {
        report = scanned;
        validation = division;
        if (tile != null) {
            recompute();
        }
    }

    /**
     * Shows the input as the run file {@code runName} trains: its settings, shown in the controls, which are
     * read-only while they come from the run.
     */
    public void useRun(String runName, NetworkInput.Settings settings) {
        runSettings = settings;
        FolderOptions folder = settings.folder();
        PipelineOptions pipeline = settings.pipeline();
        AugmentOptions augmentation = pipeline.augmentation() == null ? AugmentOptions.none() : pipeline.augmentation();
        width.setSelection(folder.width());
        height.setSelection(folder.height());
        colorMode.select(folder.colorMode().ordinal());
        interpolation.setText(folder.interpolation().name().toLowerCase(Locale.ROOT));
        rotation.setSelection((int) Math.round(augmentation.rotationRange()));
        shift.setSelection((int) Math.round(100 * Math.max(augmentation.widthShiftRange(),
                augmentation.heightShiftRange())));
        zoom.setSelection((int) Math.round(100 * (augmentation.zoomHigh() - 1)));
        flip.setSelection(augmentation.horizontalFlip());
        seed.setSelection((int) Math.min(Integer.MAX_VALUE, Math.max(0, pipeline.seed())));
        setControlsEnabled(false);
        origin.setText(NLS.bind(Messages.Network_fromRun, new Object[] { runName,
                folder.width() + "×" + folder.height(), folder.colorMode().name().toLowerCase(Locale.ROOT),
                folder.interpolation().name().toLowerCase(Locale.ROOT), rescaleText(pipeline.rescale()),
                augmentation.isIdentity() ? Messages.Network_none : describe(augmentation),
                String.valueOf(pipeline.seed()) }));
        resize();
        if (tile != null) {
            recompute();
        }
    }

    /** Shows the input with the course's defaults, which the controls change; {@code why} says why. */
    public void useCourseDefaults(String why) {
        boolean wasRun = runSettings != null;
        runSettings = null;
        setControlsEnabled(true);
        origin.setText(why);
        resize();
        if (wasRun) {
            recompute();
        }
    }

    /** The origin of the settings in words, as shown above the images. */
    public String originText() {
        return origin.getText();
    }

    private void setControlsEnabled(boolean enabled) {
        for (org.eclipse.swt.widgets.Control control : new org.eclipse.swt.widgets.Control[] { width, height,
                colorMode, interpolation, rotation, shift, zoom, flip, seed }) {
            control.setEnabled(enabled);
        }
    }

    /**
     * The settings in force: the run's, else the course's defaults (rescale 1/255; rotation, shifts, zoom and a
     * left-right flip from the controls, shear 0.2, nearest fill) at the controls' size, colour and seed.
     */
    public NetworkInput.Settings settings() {
        if (runSettings != null) {
            return runSettings;
        }
        double range = zoom.getSelection() / 100.0;
        AugmentOptions augmentation = AugmentOptions.none().withRotationRange(rotation.getSelection())
                .withWidthShiftRange(shift.getSelection() / 100.0).withHeightShiftRange(shift.getSelection() / 100.0)
                .withShearRange(COURSE_SHEAR).withZoomRange(1 - range, 1 + range)
                .withHorizontalFlip(flip.getSelection()).withFillMode(FillMode.NEAREST, 0);
        FolderOptions folder = FolderOptions.defaults().withTargetSize(height.getSelection(), width.getSelection())
                .withColorMode(ColorMode.parse(colorMode.getText()))
                .withInterpolation(Interpolation.parse(interpolation.getText()));
        PipelineOptions pipeline = PipelineOptions.defaults().withShuffle(true, seed.getSelection())
                .withRescale(1f / 255).withAugmentation(augmentation);
        return new NetworkInput.Settings(folder, pipeline);
    }

    private static final double COURSE_SHEAR = 0.2;

    private void recompute() {
        disposeImages();
        shown = null;
        failure = null;
        if (tile != null && tile.usable() && report != null) {
            try {
                NetworkInput.Settings s = settings();
                shown = NetworkInput.of(report, validation, tile.path(), s);
                add(shown.original(), NLS.bind(Messages.Network_original, shown.original().width() + "×"
                        + shown.original().height()));
                FolderOptions f = s.folder();
                add(shown.input(), NLS.bind(Messages.Network_input, new Object[] { f.width() + "×" + f.height(),
                        f.colorMode().name().toLowerCase(Locale.ROOT), f.interpolation().name().toLowerCase(Locale.ROOT) }));
                for (int i = 0; i < shown.variants().size(); i++) {
                    add(shown.variants().get(i), NLS.bind(Messages.Network_epoch, i + 1));
                }
            } catch (DataException | IllegalArgumentException e) {
                failure = e.getMessage();
            }
        } else if (tile != null) {
            failure = tile.problem().message();
        }
        resize();
        canvas.redraw();
    }

    /** Sizes the canvas to what it draws and the scrolled page to the controls and the canvas. */
    private void resize() {
        GridData data = (GridData) canvas.getLayoutData();
        Point content = contentSize();
        data.widthHint = content.x;
        data.heightHint = content.y;
        body.layout(true, true);
        scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    /** The size the images and their texts take, which the page scrolls through when it is smaller. */
    public Point contentSize() {
        GC gc = new GC(canvas);
        try {
            int line = gc.getFontMetrics().getHeight();
            if (tile == null) {
                return new Point(2 * MARGIN + gc.textExtent(Messages.Network_selectImage).x, TOP);
            }
            int width = gc.textExtent(tile.path().toString()).x;
            if (failure != null) {
                return new Point(2 * MARGIN + Math.max(width, gc.textExtent(failure).x), TOP + line + MARGIN);
            }
            width = Math.max(width, 2 * STEP + gc.textExtent(statsText()).x);
            int height = secondRow();
            if (shown != null && shown.training() && !shown.variants().isEmpty()) {
                width = Math.max(width, Math.max(shown.variants().size() * STEP, gc.textExtent(bottomText()).x));
                height += SHOWN + LABEL;
            } else {
                width = Math.max(width, gc.textExtent(bottomText()).x);
            }
            return new Point(2 * MARGIN + width, height + line + MARGIN);
        } finally {
            gc.dispose();
        }
    }

    /** The scrolled area that holds the page, for tests. */
    public ScrolledComposite scroller() {
        return scroller;
    }

    /** The canvas the images are drawn on. */
    public Canvas canvas() {
        return canvas;
    }

    private static int secondRow() {
        return TOP + SHOWN + LABEL + 10;
    }

    /** What is said under the images: the sample, or why there are no variants. */
    private String bottomText() {
        if (shown == null) {
            return "";
        }
        if (!shown.training()) {
            return NLS.bind(Messages.Network_validates, shown.sample());
        }
        return shown.variants().isEmpty() ? Messages.Network_noAugmentation
                : NLS.bind(Messages.Network_sample, shown.sample());
    }

    private void add(dev.lamina.data.image.PixelImage pixels, String caption) {
        images.add(new Image(getDisplay(), SwtPixels.toImageData(pixels)));
        captions.add(caption);
    }

    private void paint(Event event) {
        GC gc = event.gc;
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        Rectangle area = canvas.getClientArea();
        gc.fillRectangle(area);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        if (tile == null) {
            gc.drawText(Messages.Network_selectImage, 10, 10, true);
            return;
        }
        gc.drawText(tile.path().toString(), MARGIN, 6, true);
        if (failure != null) {
            gc.drawText(failure, MARGIN, TOP, true);
            return;
        }
        // the original and the input, the values beside them; the variants in the second row
        for (int i = 0; i < images.size(); i++) {
            boolean variant = i >= 2;
            drawImage(gc, i, MARGIN + (variant ? i - 2 : i) * STEP, variant ? secondRow() : TOP);
        }
        gc.drawText(statsText(), MARGIN + 2 * STEP, TOP + 4, true);
        boolean variants = images.size() > 2;
        gc.drawText(bottomText(), MARGIN, secondRow() + (variants ? SHOWN + LABEL : 0), true);
    }

    private void drawImage(GC gc, int i, int x, int y) {
        Image image = images.get(i);
        Rectangle b = image.getBounds();
        float scale = Math.min((float) SHOWN / b.width, (float) SHOWN / b.height);
        int w = Math.round(b.width * scale);
        int h = Math.round(b.height * scale);
        gc.setInterpolation(scale > 1 ? SWT.NONE : SWT.HIGH);
        gc.drawImage(image, 0, 0, b.width, b.height, x, y, w, h);
        gc.drawText(captions.get(i), x, y + SHOWN + 4, true);
    }

    /** The rescaled values in words, as shown. */
    public String statsText() {
        return shown == null ? "" : NLS.bind(Messages.Network_stats, new Object[] {
                rescaleText(settings().pipeline().rescale()), format(shown.min()), format(shown.max()),
                String.format(Locale.ROOT, "%.4f", shown.mean()) });
    }

    private static String describe(AugmentOptions a) {
        return String.format(Locale.ROOT, "rotation %s°, shift %s × %s, shear %s, zoom [%s, %s]%s%s, fill %s",
                number(a.rotationRange()), number(a.widthShiftRange()), number(a.heightShiftRange()),
                number(a.shearRange()), number(a.zoomLow()), number(a.zoomHigh()),
                a.horizontalFlip() ? ", left-right flip" : "", a.verticalFlip() ? ", up-down flip" : "",
                a.fillMode().name().toLowerCase(Locale.ROOT));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String rescaleText(float rescale) {
        return rescale == 1f / 255 ? "1/255" : String.valueOf(rescale);
    }

    private static String format(float value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** What is shown now, or {@code null}. */
    public NetworkInput shown() {
        return shown;
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
        captions.clear();
    }
}
