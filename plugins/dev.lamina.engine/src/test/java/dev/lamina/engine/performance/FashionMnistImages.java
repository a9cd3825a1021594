// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.testing.FashionMnist;

/** Real pictures for the kernels' tests: the first Fashion-MNIST training images, pixels × 1/255. */
final class FashionMnistImages {

    private FashionMnistImages() {
    }

    /** The first {@code count} training images as {@code [count, 1, 28, 28]}. */
    static INDArray first(int count) {
        FashionMnist.require();
        SampleSource source = IdxDataset.read(FashionMnist.trainImages(), FashionMnist.trainLabels());
        float[] pixels = new float[count * 28 * 28];
        for (int i = 0; i < count; i++) {
            byte[] image = source.load(i).pixels();
            for (int p = 0; p < 28 * 28; p++) {
                pixels[i * 28 * 28 + p] = (image[p] & 0xff) / 255f;
            }
        }
        return Nd4j.create(pixels, new long[] { count, 1, 28, 28 }, 'c');
    }
}
