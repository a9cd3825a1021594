// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.idx.IdxExporter;

/**
 * The first images of Debian's Fashion-MNIST as class folders of 28×28 grey PNGs, as a learner would have them (the
 * data bundle's {@link IdxExporter}), or as shortened IDX files: the one copy of this for the UI tests.
 */
final class FashionFolders {

    static final Path FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

    private FashionFolders() {
    }

    /** {@code train} training images into {@code dir/data/train}, {@code validation} into {@code dir/data/validation}. */
    static void export(Path dir, int train, int validation) throws IOException {
        exportTraining(train, dir.resolve("data/train"));
        IdxExporter.export(IdxDataset.read(FASHION_MNIST.resolve("t10k-images-idx3-ubyte.gz"),
                FASHION_MNIST.resolve("t10k-labels-idx1-ubyte.gz")), validation, dir.resolve("data/validation"));
    }

    /** The first {@code count} training images into class folders {@code 0} … {@code 9} of {@code out}. */
    static void exportTraining(int count, Path out) throws IOException {
        assertTrue(Files.isDirectory(FASHION_MNIST), FASHION_MNIST
                + " is missing (apt-get install dataset-fashion-mnist)");
        IdxExporter.export(IdxDataset.read(FASHION_MNIST.resolve("train-images-idx3-ubyte.gz"),
                FASHION_MNIST.resolve("train-labels-idx1-ubyte.gz")), count, out);
    }

    /**
     * A run file (format 1, as a learner's older files are) training the model {@code model.lamina} beside it on
     * {@link #export}'s folders: Adam at {@code learningRate}, {@code epochs} epochs, a checkpoint every epoch.
     */
    static String runJson(int epochs, String learningRate) {
        return """
                {
                  "format": 1,
                  "model": "model.lamina",
                  "train": {"folder": "data/train"},
                  "validation": {"folder": "data/validation"},
                  "preprocessing": {"rescale": 0.00392156862745098},
                  "batch_size": 32,
                  "epochs": %d,
                  "seed": 0,
                  "optimizer": {"name": "adam", "learning_rate": %s},
                  "loss": "sparse_categorical_crossentropy",
                  "checkpoint_every": 1
                }
                """.formatted(epochs, learningRate);
    }

    /** The first {@code count} records of a gzipped IDX file, with the count in its header rewritten. */
    static Path head(Path gz, Path out, int headerBytes, int recordBytes, int count) throws IOException {
        try (InputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(gz)));
                OutputStream target = new GZIPOutputStream(Files.newOutputStream(out))) {
            byte[] header = in.readNBytes(headerBytes);
            header[4] = (byte) (count >>> 24);
            header[5] = (byte) (count >>> 16);
            header[6] = (byte) (count >>> 8);
            header[7] = (byte) count;
            target.write(header);
            target.write(in.readNBytes(recordBytes * count));
        }
        return out;
    }
}
