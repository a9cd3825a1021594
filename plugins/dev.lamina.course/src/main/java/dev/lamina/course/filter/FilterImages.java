// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.filter;

import dev.lamina.data.DataException;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.image.PngFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reading, converting and writing the images the convolution explorer works on. */
public final class FilterImages {

    /** The course photo's resource name, beside this class. */
    public static final String ASCENT = "ascent.png";

    private FilterImages() {
    }

    /**
     * Reads any image {@link ImageDecoder} reads (PNG, JPEG, ...) as grayscale; colour is converted
     * with ITU-R 601-2 luma, as Pillow and Keras do. Errors are {@link dev.lamina.data.DataException}s.
     */
    public static PixelImage readGray(Path file) {
        return new ImageDecoder().decode(file, ColorMode.GRAYSCALE);
    }

    /** {@code image} as one channel: gray stays, RGB(A) becomes luma {@code (299 R + 587 G + 114 B) / 1000}. */
    public static PixelImage toGray(PixelImage image) {
        if (image.channels() == 1) {
            return image;
        }
        if (image.channels() < 3) {
            throw new IllegalArgumentException("cannot convert a " + image.channels() + "-channel image to gray");
        }
        PixelImage out = PixelImage.blank(image.width(), image.height(), 1);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                out.set(x, y, 0, luma(image.get(x, y, 0), image.get(x, y, 1), image.get(x, y, 2)));
            }
        }
        return out;
    }

    /** Writes an 8-bit PNG atomically (gray for one channel). */
    public static void writePng(PixelImage image, Path file) {
        PngFile.write(image, file);
    }

    /**
     * What {@code lamina filter} does: reads {@code in} as gray, applies {@code filter}, then
     * {@code pool x pool} max pooling when {@code pool > 1}, and writes {@code out} as a gray PNG.
     *
     * @return the image written
     */
    public static PixelImage filterFile(Path in, Path out, ConvolutionFilter filter, int pool) {
        if (pool < 1) {
            throw new IllegalArgumentException("pool size must be at least 1 (1 = no pooling), got " + pool);
        }
        PixelImage result;
        try {
            result = FilterResult.compute(readGray(in), filter, pool).result();
        } catch (IllegalArgumentException e) {
            throw new DataException(in, e.getMessage(), e);
        }
        writePng(result, out);
        return result;
    }

    /**
     * The course's photo for this exercise: SciPy's 512×512 gray {@code ascent} (derived from
     * "accent-to-the-top.jpg", public-domain-image.com; public domain), shipped in this bundle.
     */
    public static PixelImage ascent() {
        try (InputStream in = FilterImages.class.getResourceAsStream(ASCENT)) {
            if (in == null) {
                throw new IllegalStateException(ASCENT + " is missing from the course bundle");
            }
            return new ImageDecoder().decode(in.readAllBytes(), Path.of(ASCENT), ColorMode.GRAYSCALE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ASCENT + " from the course bundle", e);
        }
    }

    /** Pillow's fixed-point luma, the same formula {@link ImageDecoder} uses for grayscale. */
    static int luma(int r, int g, int b) {
        return (r * 19595 + g * 38470 + b * 7471 + 0x8000) >>> 16;
    }
}
