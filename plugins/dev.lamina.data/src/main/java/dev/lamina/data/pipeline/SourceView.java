// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import java.util.List;

import dev.lamina.data.image.PixelImage;

/** Another source seen differently; every method passes through unless a view changes it. */
abstract class SourceView implements SampleSource {

    final SampleSource source;

    SourceView(SampleSource source) {
        this.source = source;
    }

    /** The underlying sample for {@code index} of this view. */
    int sample(int index) {
        return index;
    }

    @Override
    public int size() {
        return source.size();
    }

    @Override
    public int label(int index) {
        return source.label(sample(index));
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
        return source.load(sample(index));
    }

    @Override
    public PixelImage load(int index, byte[] into) {
        return source.load(sample(index), into);
    }

    @Override
    public String describe(int index) {
        return source.describe(sample(index));
    }
}
