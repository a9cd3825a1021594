// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.nio.file.Path;
import java.util.List;

import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.data.pipeline.Subset;

/** The first images of Fashion-MNIST's training and test sets ({@link dev.lamina.testing.FashionMnist}). */
final class FashionMnist {

    static final Path HOME = dev.lamina.testing.FashionMnist.HOME;
    static final List<String> CLASSES = dev.lamina.testing.FashionMnist.CLASSES;

    private FashionMnist() {
    }

    static void require() {
        dev.lamina.testing.FashionMnist.require();
    }

    static SampleSource train(int count) {
        require();
        return Subset.first(IdxDataset.read(HOME.resolve("train-images-idx3-ubyte.gz"),
                HOME.resolve("train-labels-idx1-ubyte.gz")), count);
    }

    static SampleSource test(int count) {
        require();
        return Subset.first(IdxDataset.read(HOME.resolve("t10k-images-idx3-ubyte.gz"),
                HOME.resolve("t10k-labels-idx1-ubyte.gz")), count);
    }
}
