// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.predict;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.lamina.data.image.PixelImage;
import dev.lamina.run.activation.ClassActivationMap;
import dev.lamina.run.activation.HeatmapOverlay;
import dev.lamina.ui.dataset.images.SwtPixels;

/**
 * An image with its Grad-CAM map drawn over it by {@link HeatmapOverlay} (the pixels {@code lamina predict
 * --gradcam} writes), scaled to fit; the opacity changes the blend.
 */
final class GradCamCanvas extends Canvas {

    private PixelImage picture;
    private ClassActivationMap map;
    private double opacity = 0.6;
    private PixelImage overlay;
    private Image image;

    GradCamCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(e -> paint(e.gc));
        addDisposeListener(e -> disposeImage());
    }

    /** The picture and its map, or {@code null}s for nothing. */
    void show(PixelImage newPicture, ClassActivationMap newMap) {
        picture = newPicture;
        map = newMap;
        render();
    }

    void setOpacity(double value) {
        opacity = value;
        render();
    }

    /** The blended pixels drawn now (for tests), or {@code null}. */
    PixelImage overlay() {
        return overlay;
    }

    private void render() {
        disposeImage();
        overlay = picture == null || map == null ? null : HeatmapOverlay.render(picture, map, opacity);
        if (overlay != null) {
            image = new Image(getDisplay(), SwtPixels.toImageData(overlay));
        }
        redraw();
    }

    private void paint(GC gc) {
        if (image == null) {
            return;
        }
        Rectangle area = getClientArea();
        Rectangle bounds = image.getBounds();
        double scale = Math.min((double) area.width / bounds.width, (double) area.height / bounds.height);
        int w = Math.max(1, (int) (bounds.width * scale));
        int h = Math.max(1, (int) (bounds.height * scale));
        // small inputs (MNIST's 28 × 28) stay sharp: each pixel a block, as the model sees it
        gc.setInterpolation(scale >= 3 ? SWT.NONE : SWT.HIGH);
        gc.drawImage(image, 0, 0, bounds.width, bounds.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
