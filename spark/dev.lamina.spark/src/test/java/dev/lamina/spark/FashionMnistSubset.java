// SPDX-License-Identifier: EPL-2.0
package dev.lamina.spark;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import dev.lamina.testing.FashionMnist;

/** The first images of Debian's Fashion-MNIST, written as small IDX files that a run file can name. */
final class FashionMnistSubset {

    private FashionMnistSubset() {
    }

    /** Writes {@code train-*} and {@code test-*} IDX files of the first {@code train} and {@code test} samples. */
    static void write(Path folder, int train, int test) throws IOException {
        FashionMnist.require();
        copy(FashionMnist.trainImages(), folder.resolve("train-images-idx3-ubyte"), train, 28 * 28, 16);
        copy(FashionMnist.trainLabels(), folder.resolve("train-labels-idx1-ubyte"), train, 1, 8);
        copy(FashionMnist.testImages(), folder.resolve("test-images-idx3-ubyte"), test, 28 * 28, 16);
        copy(FashionMnist.testLabels(), folder.resolve("test-labels-idx1-ubyte"), test, 1, 8);
    }

    private static void copy(Path gz, Path to, int count, int recordBytes, int headerBytes) throws IOException {
        try (InputStream raw = new GZIPInputStream(Files.newInputStream(gz));
                DataInputStream in = new DataInputStream(raw);
                OutputStream file = Files.newOutputStream(to);
                DataOutputStream out = new DataOutputStream(file)) {
            out.writeInt(in.readInt()); // magic
            in.readInt();
            out.writeInt(count);
            for (int i = 8; i < headerBytes; i += 4) {
                out.writeInt(in.readInt()); // rows, columns
            }
            out.write(in.readNBytes(count * recordBytes));
        }
    }
}
