// SPDX-License-Identifier: EPL-2.0
package dev.lamina.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST from Debian's {@code dataset-fashion-mnist}, the one copy of its location for every test. Under CI
 * ({@code CI} set, as {@code .ci/run} runs) a test that needs it fails when it is missing; elsewhere it is skipped.
 */
public final class FashionMnist {

    public static final Path HOME = Path.of("/usr/share/datasets/fashion-mnist");
    public static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private FashionMnist() {
    }

    public static Path trainImages() {
        return HOME.resolve("train-images-idx3-ubyte.gz");
    }

    public static Path trainLabels() {
        return HOME.resolve("train-labels-idx1-ubyte.gz");
    }

    public static Path testImages() {
        return HOME.resolve("t10k-images-idx3-ubyte.gz");
    }

    public static Path testLabels() {
        return HOME.resolve("t10k-labels-idx1-ubyte.gz");
    }

    /** Fails under CI, skips elsewhere, unless the four files are there. */
    public static void require() {
        boolean present = Files.isRegularFile(trainImages()) && Files.isRegularFile(trainLabels())
                && Files.isRegularFile(testImages()) && Files.isRegularFile(testLabels());
        if (System.getenv("CI") != null) {
            assertTrue(present, "CI must install dataset-fashion-mnist (see .ci/run)");
        }
        assumeTrue(present, "install dataset-fashion-mnist to run this test");
    }
}
