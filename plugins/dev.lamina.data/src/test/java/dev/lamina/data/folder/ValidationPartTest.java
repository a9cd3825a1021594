// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.testing.TestImages;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training/validation counts per class and the two traps of a split or a validation folder. */
class ValidationPartTest {

    @TempDir
    Path dir;

    private void images(Path folder, String name, int count) {
        for (int i = 0; i < count; i++) {
            TestImages.write(folder.resolve(name + "/" + i + ".png"), TestImages.gradient(8, 8), "png");
        }
    }

    @Test
    void aSplitHoldsOutIntOfTheFractionPerClassAsTrainingDoes() {
        Path data = dir.resolve("data");
        images(data, "cats", 10);
        images(data, "dogs", 7);
        images(data, "owls", 3);
        ScanReport report = DatasetScanner.scan(data);

        ValidationPart part = ValidationPart.split(report, 0.2);

        assertArrayEquals(new int[] { 8, 6, 3 }, part.trainingCounts());
        assertArrayEquals(new int[] { 2, 1, 0 }, part.validationCounts());
        // the same division FolderDataset trains on
        FolderDataset dataset = FolderDataset.open(data, FolderOptions.defaults().withValidationSplit(0.2));
        assertEquals(17, dataset.training().size());
        assertEquals(3, dataset.validation().size());

        ScanProblem missing = part.warnings().get(0);
        assertEquals(ScanProblemKind.CLASS_MISSING_FROM_VALIDATION, missing.kind());
        assertEquals(data.resolve("owls"), missing.path());
        assertEquals("class owls is missing from validation: a split of 0.2 holds out int(0.2 × 3) = 0 of its 3"
                + " images, so its validation accuracy is never measured; raise the split to at least 0.34 or add"
                + " images", missing.detail());
        assertEquals(1, part.warnings().size(), "the last class missing shifts no label: " + part.summary());
        assertTrue(part.summary().startsWith("validation (split 0.2): 17 training, 3 validation images\n"
                + "  cats: 8 / 2\n  dogs: 6 / 1\n  owls: 3 / 0\n"), part.summary());
        assertTrue(report.toJson(part).contains("\"validation\": {"), report.toJson(part));
    }

    @Test
    void aMissingMiddleClassShiftsTheLabelsOfTheClassesAfterIt() {
        Path data = dir.resolve("data");
        images(data, "a", 10);
        images(data, "b", 2);
        images(data, "c", 10);

        ValidationPart part = ValidationPart.split(DatasetScanner.scan(data), 0.3);

        ScanProblem shift = part.warnings().stream().filter(w -> w.kind() == ScanProblemKind.LABEL_ORDER_SHIFTS)
                .findFirst().orElseThrow();
        assertTrue(shift.detail().startsWith("label order shifts: with this split the validation part holds 2 of the 3"
                + " classes (a, c);"), shift.detail());
        assertTrue(shift.detail().contains("gives c label 1 instead of 2"), shift.detail());
    }

    @Test
    void aSplitThatKeepsEveryClassHasNoWarning() {
        Path data = dir.resolve("data");
        images(data, "a", 5);
        images(data, "b", 5);
        assertEquals(List.of(), ValidationPart.split(DatasetScanner.scan(data), 0.2).warnings());
    }

    @Test
    void aValidationFolderWithoutAClassAndWithAnotherOne() {
        Path train = dir.resolve("train");
        images(train, "cats", 4);
        images(train, "dogs", 4);
        images(train, "owls", 4);
        Path validation = dir.resolve("validation");
        images(validation, "cats", 2);
        images(validation, "owls", 1);

        ValidationPart part = ValidationPart.folder(DatasetScanner.scan(train), validation, ScanOptions.defaults());

        assertArrayEquals(new int[] { 4, 4, 4 }, part.trainingCounts());
        assertArrayEquals(new int[] { 2, 0, 1 }, part.validationCounts());
        assertEquals(List.of(ScanProblemKind.CLASS_MISSING_FROM_VALIDATION, ScanProblemKind.LABEL_ORDER_SHIFTS),
                part.warnings().stream().map(ScanProblem::kind).toList());
        assertEquals("class dogs is missing from validation: validation has no folder dogs, so its validation accuracy"
                + " is never measured", part.warnings().get(0).detail());
        assertTrue(part.warnings().get(1).detail().contains("gives owls label 1 instead of 2"),
                part.warnings().get(1).detail());
        assertTrue(part.summary().contains("validation problem: " + validation.resolve("dogs")
                + ": class folder not found"), part.summary());
    }

    @Test
    void aValidationFolderWithTheSameClassesHasNoWarning() {
        Path train = dir.resolve("train");
        images(train, "a", 3);
        images(train, "b", 3);
        Path validation = dir.resolve("validation");
        images(validation, "a", 1);
        images(validation, "b", 1);
        TestImages.write(validation.resolve(".ipynb_checkpoints/x.png"), TestImages.gradient(8, 8), "png");
        assertEquals(List.of(), ValidationPart.folder(DatasetScanner.scan(train), validation, ScanOptions.defaults())
                .warnings());
    }
}
