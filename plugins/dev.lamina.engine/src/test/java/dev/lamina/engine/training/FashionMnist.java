package dev.lamina.engine.training;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.data.pipeline.Subset;

/** Fashion-MNIST from Debian's dataset-fashion-mnist, required under CI, skipped elsewhere when absent. */
final class FashionMnist {

    static final Path HOME = Path.of("/usr/share/datasets/fashion-mnist");
    static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");

    private FashionMnist() {
    }

    static void require() {
        boolean present = Files.isRegularFile(HOME.resolve("train-images-idx3-ubyte.gz"));
        if (System.getenv("CI") != null) {
            assertTrue(present, "CI must install dataset-fashion-mnist (see .ci/run)");
        }
        assumeTrue(present, "install dataset-fashion-mnist to run this test");
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
