// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.PixelImage;
import dev.lamina.testing.TestImages;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDatasetTest {

    @TempDir
    Path root;

    @Test
    void validationSplitTakesTheFirstFractionOfEachClassLikeKeras() {
        writeClass("a", 10);
        writeClass("b", 7);
        writeClass("c", 3);
        FolderDataset dataset = FolderDataset.open(root, FolderOptions.defaults().withValidationSplit(0.2));
        // int(0.2 * n) per class: 2, 1, 0
        assertArrayEquals(new int[] {2, 1, 0}, dataset.validation().countsPerClass());
        assertArrayEquals(new int[] {8, 6, 3}, dataset.training().countsPerClass());
        assertEquals(root.resolve("a/img000.png"), dataset.validation().files().get(0).path());
        assertEquals(root.resolve("a/img001.png"), dataset.validation().files().get(1).path());
        assertEquals(root.resolve("a/img002.png"), dataset.training().files().get(0).path());
        assertEquals(List.of("a", "b", "c"), dataset.training().classNames());
    }

    @Test
    void validationFolderUsesTheTrainingClasses() {
        writeClass("train/x", 2);
        writeClass("train/y", 2);
        writeClass("val/y", 1);
        FolderDataset dataset = FolderDataset.open(root.resolve("train"), root.resolve("val"), FolderOptions.defaults());
        assertEquals(1, dataset.validation().size());
        assertEquals(1, dataset.validation().label(0));
        assertTrue(dataset.validationReport().problems(ScanProblemKind.MISSING_CLASS).size() == 1);
    }

    @Test
    void loadsAtTheTargetSizeAndColourMode() {
        writeClass("a", 1);
        writeClass("b", 1);
        FolderDataset dataset = FolderDataset.open(root, FolderOptions.defaults().withTargetSize(6, 9)
                .withColorMode(ColorMode.GRAYSCALE));
        PixelImage image = dataset.training().load(0);
        assertEquals(9, image.width());
        assertEquals(6, image.height());
        assertEquals(1, image.channels());
    }

    private void writeClass(String name, int count) {
        for (int i = 0; i < count; i++) {
            TestImages.write(root.resolve(name).resolve(String.format(Locale.ROOT, "img%03d.png", i)),
                    TestImages.gradient(5, 4), "png");
        }
    }
}
