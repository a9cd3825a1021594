// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

/** Some samples of another source, in the order given: quick runs, smoke tests, held-out splits. */
public final class Subset extends SourceView {

    private final int[] indices;

    private Subset(SampleSource source, int[] indices) {
        super(source);
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
    int sample(int index) {
        return indices[index];
    }

    @Override
    public int size() {
        return indices.length;
    }
}
