// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.lamina.data.image.PixelImage;

/**
 * A grid of thumbnails, each an image as the model saw it (decoded, resized and coloured by the data bundle) with a
 * caption under it. The canvas owns the SWT images it makes and disposes them when the thumbnails change.
 */
public final class ThumbnailCanvas extends Canvas {

    static final int THUMB = 72;
    private static final int PAD = 6;

    /** One thumbnail: the pixels and a caption (the file name and probability). */
    public record Thumbnail(PixelImage pixels, String caption, String tooltip) {
    }

    private final List<Image> images = new ArrayList<>();
    private final List<Thumbnail> thumbnails = new ArrayList<>();

    public ThumbnailCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseHover, e -> {
            int index = indexAt(e.x, e.y);
            setToolTipText(index < 0 ? null : thumbnails.get(index).tooltip());
        });
        addDisposeListener(e -> disposeImages());
    }

    /** Replaces the thumbnails (on the UI thread). */
    public void setThumbnails(List<Thumbnail> newThumbnails) {
        disposeImages();
        thumbnails.clear();
        thumbnails.addAll(newThumbnails);
        for (Thumbnail thumbnail : thumbnails) {
            images.add(new Image(getDisplay(), imageData(thumbnail.pixels())));
        }
        getParent().layout(true, true);
        redraw();
    }

    /** How many thumbnails the canvas draws. */
    public int count() {
        return images.size();
    }

    /** 8-bit grey, RGB or RGBA pixels as 24-bit SWT image data (alpha dropped). */
    static ImageData imageData(PixelImage pixels) {
        ImageData data = new ImageData(pixels.width(), pixels.height(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        int channels = pixels.channels();
        int[] row = new int[pixels.width()];
        byte[] p = pixels.pixels();
        for (int y = 0; y < pixels.height(); y++) {
            for (int x = 0; x < pixels.width(); x++) {
                int i = (y * pixels.width() + x) * channels;
                int r = p[i] & 0xFF;
                int g = channels >= 3 ? p[i + 1] & 0xFF : r;
                int b = channels >= 3 ? p[i + 2] & 0xFF : r;
                row[x] = (r << 16) | (g << 8) | b;
            }
            data.setPixels(0, y, pixels.width(), row, 0);
        }
        return data;
    }

    private int columns() {
        int width = Math.max(getClientArea().width, getParent().getClientArea().width);
        return Math.max(1, (width - PAD) / (THUMB + PAD));
    }

    private int cellHeight() {
        return THUMB + PAD + getFont().getFontData()[0].getHeight() * 2;
    }

    private int indexAt(int x, int y) {
        int column = (x - PAD) / (THUMB + PAD);
        int row = (y - PAD) / cellHeight();
        int index = row * columns() + column;
        return column < columns() && index >= 0 && index < thumbnails.size() ? index : -1;
    }

    private void paint(GC gc) {
        gc.setInterpolation(SWT.HIGH);
        int columns = columns();
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            int x = PAD + (i % columns) * (THUMB + PAD);
            int y = PAD + (i / columns) * cellHeight();
            var bounds = image.getBounds();
            double scale = Math.min((double) THUMB / bounds.width, (double) THUMB / bounds.height);
            int w = (int) Math.round(bounds.width * scale);
            int h = (int) Math.round(bounds.height * scale);
            gc.drawImage(image, 0, 0, bounds.width, bounds.height, x + (THUMB - w) / 2, y + (THUMB - h) / 2, w, h);
            String caption = thumbnails.get(i).caption();
            while (caption.length() > 3 && gc.textExtent(caption).x > THUMB) {
                caption = caption.substring(0, caption.length() - 2);
            }
            gc.drawText(caption, x, y + THUMB + 2, true);
        }
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int width = wHint != SWT.DEFAULT ? wHint : getParent().getClientArea().width;
        int columns = Math.max(1, (width - PAD) / (THUMB + PAD));
        int rows = (thumbnails.size() + columns - 1) / columns;
        return new Point(Math.max(width, THUMB + 2 * PAD), PAD + rows * cellHeight());
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }
}
