// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.images;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

import dev.lamina.data.image.PixelImage;

/** The data bundle's decoded pixels as SWT image data; any thread. */
public final class SwtPixels {

    private SwtPixels() {
    }

    /** A gray (1 channel) or RGB(A) image as 24-bit SWT image data (alpha dropped). */
    public static ImageData toImageData(PixelImage image) {
        ImageData data = new ImageData(image.width(), image.height(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        byte[] pixels = image.pixels();
        int channels = image.channels();
        int[] row = new int[image.width()];
        for (int y = 0; y < image.height(); y++) {
            int at = y * image.width() * channels;
            for (int x = 0; x < image.width(); x++, at += channels) {
                int r = pixels[at] & 0xff;
                int g = channels >= 3 ? pixels[at + 1] & 0xff : r;
                int b = channels >= 3 ? pixels[at + 2] & 0xff : r;
                row[x] = r << 16 | g << 8 | b;
            }
            data.setPixels(0, y, image.width(), row, 0);
        }
        return data;
    }
}
