// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.explorer;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.lamina.data.image.PixelImage;

/**
 * One gray picture of the explorer, fitted into the canvas without smoothing (pixels stay square when enlarged), with
 * a highlighted rectangle in image pixels and the image pixel under the pointer reported on hover.
 */
final class PixelCanvas extends Canvas {

    private static final PaletteData GRAY;

    static {
        RGB[] colours = new RGB[256];
        for (int i = 0; i < 256; i++) {
            colours[i] = new RGB(i, i, i);
        }
        GRAY = new PaletteData(colours);
    }

    private PixelImage picture;
    private Image image;
    private Rectangle highlight;
    private BiConsumer<Integer, Integer> hover = (x, y) -> {
    };

    PixelCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseMove, this::pointed);
        addListener(SWT.MouseEnter, this::pointed);
        addListener(SWT.Dispose, e -> disposeImage());
    }

    private void pointed(Event e) {
        int[] pixel = pixelAt(e.x, e.y);
        if (pixel != null) {
            hover.accept(pixel[0], pixel[1]);
        }
    }

    void onHover(BiConsumer<Integer, Integer> listener) {
        this.hover = listener;
    }

    PixelImage picture() {
        return picture;
    }

    void setPicture(PixelImage gray) {
        disposeImage();
        picture = gray;
        if (gray != null) {
            int stride = (gray.width() + 3) & ~3;
            byte[] data = new byte[stride * gray.height()];
            for (int y = 0; y < gray.height(); y++) {
                System.arraycopy(gray.pixels(), y * gray.width(), data, y * stride, gray.width());
            }
            image = new Image(getDisplay(), new ImageData(gray.width(), gray.height(), 8, GRAY, 4, data));
        }
        redraw();
    }

    /** Outlines {@code width × height} image pixels from ({@code x}, {@code y}); {@code null} for none. */
    void setHighlight(Rectangle pixels) {
        highlight = pixels;
        redraw();
    }

    /** Where the picture lies in the canvas: {@code x, y, width, height}. */
    Rectangle placement() {
        Rectangle area = getClientArea();
        if (picture == null || area.width <= 0 || area.height <= 0) {
            return new Rectangle(0, 0, 0, 0);
        }
        double scale = Math.min((double) area.width / picture.width(), (double) area.height / picture.height());
        int w = Math.max(1, (int) Math.round(picture.width() * scale));
        int h = Math.max(1, (int) Math.round(picture.height() * scale));
        return new Rectangle((area.width - w) / 2, (area.height - h) / 2, w, h);
    }

    /** The image pixel at canvas point ({@code x}, {@code y}), or {@code null} outside the picture. */
    int[] pixelAt(int x, int y) {
        Rectangle at = placement();
        if (picture == null || at.width == 0 || !at.contains(x, y)) {
            return null;
        }
        int px = Math.min(picture.width() - 1, (int) ((long) (x - at.x) * picture.width() / at.width));
        int py = Math.min(picture.height() - 1, (int) ((long) (y - at.y) * picture.height() / at.height));
        return new int[] { px, py };
    }

    /** The canvas point at the centre of image pixel ({@code px}, {@code py}). */
    int[] pointOf(int px, int py) {
        Rectangle at = placement();
        return new int[] { at.x + (int) ((px + 0.5) * at.width / picture.width()),
                at.y + (int) ((py + 0.5) * at.height / picture.height()) };
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        if (image == null) {
            return;
        }
        Rectangle at = placement();
        gc.setInterpolation(SWT.NONE);
        gc.drawImage(image, 0, 0, picture.width(), picture.height(), at.x, at.y, at.width, at.height);
        if (highlight != null) {
            double sx = (double) at.width / picture.width();
            double sy = (double) at.height / picture.height();
            int x = at.x + (int) Math.floor(highlight.x * sx);
            int y = at.y + (int) Math.floor(highlight.y * sy);
            int w = Math.max(3, (int) Math.ceil(highlight.width * sx));
            int h = Math.max(3, (int) Math.ceil(highlight.height * sy));
            gc.setLineWidth(2);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.drawRectangle(x - 1, y - 1, w + 1, h + 1);
        }
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
