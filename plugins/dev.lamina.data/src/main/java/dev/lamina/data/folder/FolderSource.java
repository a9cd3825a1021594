// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.pipeline.SampleSource;

import java.nio.file.Path;
import java.util.List;

/** Image files with labels, decoded and resized on demand: the input of a batch pipeline. */
public final class FolderSource implements SampleSource {

    private final List<String> classes;
    private final List<ImageFile> files;
    private final int height;
    private final int width;
    private final ColorMode colorMode;
    private final Interpolation interpolation;
    private final ImageDecoder decoder;

    /** Files labelled by their class index into {@code classes}, loaded at {@code height x width}. */
    public FolderSource(List<String> classes, List<ImageFile> files, int height, int width, ColorMode colorMode,
            Interpolation interpolation, ImageDecoder decoder) {
        this.classes = List.copyOf(classes);
        this.files = List.copyOf(files);
        this.height = height;
        this.width = width;
        this.colorMode = colorMode;
        this.interpolation = interpolation;
        this.decoder = decoder;
    }

    /**
     * Unlabelled files, each with label 0, prepared at {@code height x width} in {@code colorMode}: what prediction
     * and activations feed through the same batch pipeline as training.
     *
     * @param classes the model's classes, so that label tensors have the model's width
     */
    public static FolderSource unlabelled(List<Path> files, List<String> classes, int height, int width,
            ColorMode colorMode, Interpolation interpolation) {
        return new FolderSource(classes, files.stream().map(file -> new ImageFile(file, 0, null)).toList(), height,
                width, colorMode, interpolation, new ImageDecoder());
    }

    /** The files, in sample order. */
    public List<ImageFile> files() {
        return files;
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public int label(int index) {
        return files.get(index).classIndex();
    }

    @Override
    public List<String> classNames() {
        return classes;
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
        return decoder.decode(files.get(index).path(), colorMode, width, height, interpolation);
    }

    @Override
    public PixelImage load(int index, byte[] into) {
        return decoder.decode(files.get(index).path(), colorMode, width, height, interpolation, into);
    }

    @Override
    public String describe(int index) {
        return files.get(index).path().toString();
    }

    /** Samples per class, in class order. */
    public int[] countsPerClass() {
        int[] counts = new int[classes.size()];
        for (ImageFile file : files) {
            counts[file.classIndex()]++;
        }
        return counts;
    }
}
