// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.testing.TestImages;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The traps that still train: each is found by the scan and explains itself. */
class DatasetWarningsTest {

    @TempDir
    Path root;

    @Test
    void hiddenCheckpointsFolderAndNumericClassesGiveTheTwoWarnings() {
        for (String name : List.of("1", "2", "10")) {
            TestImages.write(root.resolve(name + "/a.png"), TestImages.gradient(8, 8), "png");
        }
        TestImages.write(root.resolve(".ipynb_checkpoints/a.png"), TestImages.gradient(8, 8), "png");
        TestImages.write(root.resolve(".git/config"), new byte[] {1});

        ScanReport report = DatasetScanner.scan(root);

        assertEquals(List.of("1", "10", "2"), report.classes());
        assertTrue(report.isTrainable(), report.summary());
        assertEquals(2, report.warnings().size(), report.summary());
        ScanProblem hidden = report.problems(ScanProblemKind.HIDDEN_FOLDER).get(0);
        assertEquals(root.resolve(".ipynb_checkpoints"), hidden.path());
        assertTrue(hidden.detail().startsWith("hidden folder .ipynb_checkpoints is not a class here"), hidden.detail());
        ScanProblem numbers = report.problems(ScanProblemKind.NUMBERS_SORTED_AS_TEXT).get(0);
        assertEquals("class names are numbers sorted as text: 1 → label 0, 10 → label 1, 2 → label 2 (numeric order"
                + " would be 1, 2, 10); pad the names with zeros (01, 02, 10) or list the classes explicitly",
                numbers.detail());
        assertTrue(report.summary().contains("warning: " + root + ": class names are numbers sorted as text"),
                report.summary());
        assertTrue(report.toJson().contains("\"severity\": \"warning\""), report.toJson());
    }

    @Test
    void numbersInNumericOrderOrListedClassesAreNoWarning() {
        for (String name : List.of("01", "02", "10")) {
            TestImages.write(root.resolve(name + "/a.png"), TestImages.gradient(8, 8), "png");
        }
        assertEquals(List.of(), DatasetScanner.scan(root).warnings());
        ScanReport listed = new DatasetScanner(ScanOptions.defaults().withClasses(List.of("10", "02"))).scanFolder(root);
        assertEquals(List.of(), listed.warnings());
    }

    @Test
    void imbalanceMixedSizesAndColourModels() {
        for (int i = 0; i < 10; i++) {
            TestImages.write(root.resolve("many/" + i + ".png"), TestImages.gradient(8, 8), "png");
        }
        TestImages.write(root.resolve("few/0.png"), TestImages.gray16(12, 12), "png");

        ScanReport report = DatasetScanner.scan(root);

        ScanProblem imbalance = report.problems(ScanProblemKind.IMBALANCED_CLASSES).get(0);
        assertEquals(root.resolve("few"), imbalance.path());
        assertTrue(imbalance.detail().startsWith("strongly imbalanced: many has 10 images, few only 1 (10×)"),
                imbalance.detail());
        assertTrue(report.problems(ScanProblemKind.MIXED_SIZES).get(0).detail()
                .startsWith("images of 2 sizes (8x8: 10, 12x12: 1)"), report.summary());
        assertEquals(1, report.problems(ScanProblemKind.MIXED_COLOR_MODELS).size(), report.summary());
    }
}
