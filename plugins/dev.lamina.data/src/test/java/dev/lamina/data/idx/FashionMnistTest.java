// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.data.folder.DatasetScanner;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.PixelImage;
import dev.lamina.testing.FashionMnist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the real Fashion-MNIST files (Debian/Ubuntu package dataset-fashion-mnist). */
class FashionMnistTest {

    static final Path FASHION = FashionMnist.HOME;

    @TempDir
    Path dir;

    @BeforeAll
    static void requireDataset() {
        FashionMnist.require();
    }

    @Test
    void readsTrainingSet() {
        IdxDataset train = IdxDataset.read(FASHION.resolve("train-images-idx3-ubyte.gz"),
                FASHION.resolve("train-labels-idx1-ubyte.gz"));
        assertEquals(60_000, train.size());
        assertEquals(28, train.rows());
        assertEquals(28, train.cols());
        assertEquals(10, train.classNames().size());
        assertArrayEquals(new int[] {6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000},
                train.countsPerClass());
        assertEquals(9, train.label(0));
        assertEquals(76_247, pixelSum(train.image(0)));
    }

    @Test
    void readsTestSet() {
        IdxDataset test = IdxDataset.read(FASHION.resolve("t10k-images-idx3-ubyte.gz"),
                FASHION.resolve("t10k-labels-idx1-ubyte.gz"));
        assertEquals(10_000, test.size());
        assertEquals(List.of(9, 2, 1, 1, 6), List.of(test.label(0), test.label(1), test.label(2), test.label(3),
                test.label(4)));
        assertEquals(33_456, pixelSum(test.image(0)));
        for (int i = 0; i < test.size(); i++) {
            assertEquals(true, test.label(i) >= 0 && test.label(i) <= 9);
        }
    }

    @Test
    void exportsToPngClassFoldersThatScanClean() throws Exception {
        Path out = dir.resolve("fashion-test");
        List<String> names = List.of("tshirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker",
                "bag", "boot");
        ExportReport export = IdxExporter.export(FASHION.resolve("t10k-images-idx3-ubyte.gz"),
                FASHION.resolve("t10k-labels-idx1-ubyte.gz"), out, names);
        assertEquals(10_000, export.total());
        assertEquals(out, export.folder());

        ScanReport scan = DatasetScanner.scan(out);
        assertEquals(names.stream().sorted().toList(), scan.classes());
        assertEquals(10_000, scan.images().size());
        assertEquals(List.of(), scan.problems());
        assertEquals(Map.of("28x28", 10_000), scan.sizes());
        for (int count : scan.countsPerClass().values()) {
            assertEquals(1000, count);
        }
        // Image 0 is an ankle boot; its PNG holds exactly the IDX pixels.
        Path first = out.resolve("boot/0000.png");
        PixelImage png = new ImageDecoder().decode(first, ColorMode.GRAYSCALE);
        assertEquals(33_456, pixelSum(png));
        try (var leftovers = Files.list(dir)) {
            assertEquals(List.of(out), leftovers.toList());
        }
    }

    @Test
    void exportsTheFirstImagesOnly() {
        Path out = dir.resolve("first-300");
        IdxDataset data = IdxDataset.read(FASHION.resolve("t10k-images-idx3-ubyte.gz"),
                FASHION.resolve("t10k-labels-idx1-ubyte.gz"), List.of("tshirt", "trouser", "pullover", "dress", "coat",
                        "sandal", "shirt", "sneaker", "bag", "boot"));
        ExportReport export = IdxExporter.export(data, 300, out);
        assertEquals(300, export.total());
        ScanReport scan = DatasetScanner.scan(out);
        assertEquals(300, scan.images().size());
        assertTrue(Files.isRegularFile(out.resolve("boot/000.png")));
    }

    static long pixelSum(PixelImage image) {
        long sum = 0;
        for (byte b : image.pixels()) {
            sum += b & 0xFF;
        }
        return sum;
    }
}
