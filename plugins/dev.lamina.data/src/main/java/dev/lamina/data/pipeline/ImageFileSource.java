package dev.lamina.data.pipeline;

import java.nio.file.Path;
import java.util.List;

import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.PixelImage;

/**
 * Unlabelled image files prepared the way a model was trained (size, colours, resampling): what prediction and
 * activations feed through the same {@link BatchPipeline} as training. Every sample has label 0.
 */
public final class ImageFileSource implements SampleSource {

    private final List<Path> files;
    private final List<String> classNames;
    private final int height;
    private final int width;
    private final ColorMode colorMode;
    private final Interpolation interpolation;
    private final ImageDecoder decoder = new ImageDecoder();

    /** @param classNames the model's classes, so that label tensors have the model's width */
    public ImageFileSource(List<Path> files, List<String> classNames, int height, int width, ColorMode colorMode,
            Interpolation interpolation) {
        this.files = List.copyOf(files);
        this.classNames = List.copyOf(classNames);
        this.height = height;
        this.width = width;
        this.colorMode = colorMode;
        this.interpolation = interpolation;
    }

    public Path file(int index) {
        return files.get(index);
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public int label(int index) {
        return 0;
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
        return decoder.decode(files.get(index), colorMode, width, height, interpolation);
    }

    @Override
    public String describe(int index) {
        return files.get(index).toString();
    }
}
