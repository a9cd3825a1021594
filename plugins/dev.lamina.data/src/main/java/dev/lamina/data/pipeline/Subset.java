package dev.lamina.data.pipeline;

import java.util.List;

import dev.lamina.data.image.PixelImage;

/** Some samples of another source, in the order given: quick runs, smoke tests, held-out splits. */
public final class Subset implements SampleSource {

    private final SampleSource source;
    private final int[] indices;

    private Subset(SampleSource source, int[] indices) {
        this.source = source;
        this.indices = indices;
    }

    /** The first {@code count} samples (all of them when there are fewer). */
    public static SampleSource first(SampleSource source, int count) {
        if (count >= source.size()) {
            return source;
        }
        return range(source, 0, count);
    }

    /** Samples {@code from} (inclusive) to {@code to} (exclusive). */
    public static SampleSource range(SampleSource source, int from, int to) {
        if (from < 0 || to > source.size() || from > to) {
            throw new IllegalArgumentException("range " + from + ".." + to + " is outside 0.." + source.size());
        }
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        return new Subset(source, indices);
    }

    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public int label(int index) {
        return source.label(indices[index]);
    }

    @Override
    public List<String> classNames() {
        return source.classNames();
    }

    @Override
    public int channels() {
        return source.channels();
    }

    @Override
    public int height() {
        return source.height();
    }

    @Override
    public int width() {
        return source.width();
    }

    @Override
    public PixelImage load(int index) {
        return source.load(indices[index]);
    }

    @Override
    public String describe(int index) {
        return source.describe(indices[index]);
    }
}
