// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.idx;

import dev.lamina.data.DataException;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.image.Resizer;
import dev.lamina.data.pipeline.SampleSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A pair of IDX files, images {@code [n, rows, cols]} and labels {@code [n]}, as a labelled dataset.
 * By default samples load at their own size in grayscale; {@link #resized} gives another view.
 */
public final class IdxDataset implements SampleSource {

    private final Path imagesFile;
    private final byte[] pixels;
    private final byte[] labels;
    private final int count;
    private final int rows;
    private final int cols;
    private final List<String> classNames;
    private final int height;
    private final int width;
    private final ColorMode colorMode;
    private final Interpolation interpolation;

    private IdxDataset(IdxDataset base, int height, int width, ColorMode colorMode, Interpolation interpolation) {
        this.imagesFile = base.imagesFile;
        this.pixels = base.pixels;
        this.labels = base.labels;
        this.count = base.count;
        this.rows = base.rows;
        this.cols = base.cols;
        this.classNames = base.classNames;
        this.height = height;
        this.width = width;
        this.colorMode = colorMode;
        this.interpolation = interpolation;
    }

    private IdxDataset(IdxArray images, IdxArray labelArray, List<String> classNames) {
        this.imagesFile = images.file();
        this.pixels = images.data();
        this.labels = labelArray.data();
        this.count = images.dims()[0];
        this.rows = images.dims()[1];
        this.cols = images.dims()[2];
        this.classNames = classNames;
        this.height = rows;
        this.width = cols;
        this.colorMode = ColorMode.GRAYSCALE;
        this.interpolation = Interpolation.NEAREST;
    }

    /** Reads and checks an image file and a label file; classes are named {@code 0..max label}. */
    public static IdxDataset read(Path images, Path labels) {
        return read(images, labels, null);
    }

    /**
     * Reads and checks an image file and a label file.
     *
     * @param classNames names for labels 0, 1, ...; {@code null} names them by number
     */
    public static IdxDataset read(Path images, Path labels, List<String> classNames) {
        IdxArray imageArray = IdxReader.read(images);
        IdxArray labelArray = IdxReader.read(labels);
        if (imageArray.dims().length != 3) {
            throw new DataException(images, "expected images with 3 dimensions (count, rows, columns), found "
                    + imageArray.shape());
        }
        if (labelArray.dims().length != 1) {
            throw new DataException(labels, "expected labels with 1 dimension (count), found " + labelArray.shape());
        }
        if (imageArray.count() != labelArray.count()) {
            throw new DataException(labels, "holds " + labelArray.count() + " labels but " + images.getFileName()
                    + " holds " + imageArray.count() + " images");
        }
        if (imageArray.dims()[1] == 0 || imageArray.dims()[2] == 0) {
            throw new DataException(images, "images have no pixels (" + imageArray.shape() + ")");
        }
        int maxLabel = -1;
        for (byte label : labelArray.data()) {
            maxLabel = Math.max(maxLabel, label & 0xFF);
        }
        List<String> names;
        if (classNames == null) {
            names = new ArrayList<>();
            for (int i = 0; i <= maxLabel; i++) {
                names.add(String.valueOf(i));
            }
        } else {
            if (classNames.size() <= maxLabel) {
                throw new DataException(labels, "has label " + maxLabel + " but only " + classNames.size()
                        + " class names were given");
            }
            names = classNames;
        }
        return new IdxDataset(imageArray, labelArray, List.copyOf(names));
    }

    /** A view of the same data loading at {@code height x width} in {@code colorMode}. */
    public IdxDataset resized(int targetHeight, int targetWidth, ColorMode mode, Interpolation resampling) {
        return new IdxDataset(this, targetHeight, targetWidth, mode, resampling);
    }

    /** The images file. */
    public Path imagesFile() {
        return imagesFile;
    }

    /** Rows of each stored image. */
    public int rows() {
        return rows;
    }

    /** Columns of each stored image. */
    public int cols() {
        return cols;
    }

    /** Sample {@code index} at its stored size, in grayscale. */
    public PixelImage image(int index) {
        int size = rows * cols;
        byte[] copy = new byte[size];
        System.arraycopy(pixels, index * size, copy, 0, size);
        return new PixelImage(cols, rows, 1, copy);
    }

    /** Samples per label. */
    public int[] countsPerClass() {
        int[] counts = new int[classNames.size()];
        for (byte label : labels) {
            counts[label & 0xFF]++;
        }
        return counts;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public int label(int index) {
        return labels[index] & 0xFF;
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public int channels() {
        return colorMode.channels();
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public PixelImage load(int index) {
        PixelImage gray = image(index);
        PixelImage image = colorMode == ColorMode.GRAYSCALE ? gray : expand(gray, colorMode.channels());
        return Resizer.resize(image, width, height, interpolation);
    }

    private static PixelImage expand(PixelImage gray, int channels) {
        byte[] in = gray.pixels();
        byte[] out = new byte[in.length * channels];
        for (int p = 0, o = 0; p < in.length; p++) {
            out[o++] = in[p];
            out[o++] = in[p];
            out[o++] = in[p];
            if (channels == 4) {
                out[o++] = (byte) 255;
            }
        }
        return new PixelImage(gray.width(), gray.height(), channels, out);
    }

    @Override
    public String describe(int index) {
        return imagesFile + "[" + index + "]";
    }
}
