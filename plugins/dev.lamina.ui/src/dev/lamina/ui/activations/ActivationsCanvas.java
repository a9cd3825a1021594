// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.lamina.ui.dataset.images.SwtPixels;

/**
 * One row per conv/pool layer: its name, type and shape, then its grid of channel tiles as
 * {@code lamina activations} draws it. A click on a tile reports the layer and channel. The canvas owns the SWT
 * images it makes.
 */
final class ActivationsCanvas extends Canvas {

    static final int PAD = 8;

    private final List<LayerTiles> layers = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private BiConsumer<Integer, Integer> onTile = (layer, channel) -> {
    };

    ActivationsCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                int[] hit = tileAt(e.x, e.y);
                if (hit != null) {
                    onTile.accept(hit[0], hit[1]);
                }
            }
        });
        addListener(SWT.MouseMove, e -> {
            int[] hit = tileAt(e.x, e.y);
            setCursor(hit == null ? null : getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        });
        addDisposeListener(e -> disposeImages());
    }

    /** Replaces the rows (on the UI thread). */
    void setLayers(List<LayerTiles> newLayers) {
        disposeImages();
        layers.clear();
        layers.addAll(newLayers);
        for (LayerTiles layer : layers) {
            images.add(new Image(getDisplay(), SwtPixels.toImageData(layer.grid())));
        }
        redraw();
    }

    List<LayerTiles> layers() {
        return layers;
    }

    /** Called with (layer index, channel) when a tile is clicked. */
    void onTileClicked(BiConsumer<Integer, Integer> listener) {
        onTile = listener;
    }

    private int lineHeight() {
        GC gc = new GC(this);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    /** Where layer {@code index}'s grid starts. */
    private Point gridOrigin(int index) {
        int line = lineHeight();
        int y = PAD;
        for (int i = 0; i < index; i++) {
            y += line + 4 + layers.get(i).layout().height() + PAD * 2;
        }
        return new Point(PAD, y + line + 4);
    }

    /** The bounds of a tile in the canvas (for tests that click it). */
    Rectangle tileBounds(int layer, int channel) {
        Point origin = gridOrigin(layer);
        var layout = layers.get(layer).layout();
        return new Rectangle(origin.x + layout.tileX(channel), origin.y + layout.tileY(channel), layout.tileWidth(),
                layout.tileHeight());
    }

    private int[] tileAt(int x, int y) {
        for (int i = 0; i < layers.size(); i++) {
            Point origin = gridOrigin(i);
            int channel = layers.get(i).layout().channelAt(x - origin.x, y - origin.y);
            if (channel >= 0) {
                return new int[] { i, channel };
            }
        }
        return null;
    }

    /** Draws the rows; also used to export them as one picture. */
    void paint(GC gc) {
        int line = lineHeight();
        for (int i = 0; i < layers.size(); i++) {
            LayerTiles layer = layers.get(i);
            Point origin = gridOrigin(i);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(layer.activation().layerName() + "   " + layer.activation().layerType() + "   "
                    + layer.shape(), PAD, origin.y - line - 4, true);
            gc.drawImage(images.get(i), origin.x, origin.y);
        }
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        if (layers.isEmpty()) {
            return new Point(wHint == SWT.DEFAULT ? 100 : wHint, hHint == SWT.DEFAULT ? 100 : hHint);
        }
        int width = 0;
        for (LayerTiles layer : layers) {
            width = Math.max(width, layer.layout().width());
        }
        GC gc = new GC(this);
        try {
            for (LayerTiles layer : layers) {
                width = Math.max(width, gc.textExtent(layer.activation().layerName() + "   "
                        + layer.activation().layerType() + "   " + layer.shape()).x);
            }
        } finally {
            gc.dispose();
        }
        Point last = gridOrigin(layers.size() - 1);
        int height = last.y + layers.get(layers.size() - 1).layout().height() + PAD;
        return new Point(width + 2 * PAD, height);
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }
}
