// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.data.DataException;
import dev.lamina.data.folder.DatasetScanner;
import dev.lamina.data.folder.ScanOptions;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.folder.ValidationPart;
import dev.lamina.testing.TestImages;

/** The dataset of a run file: its train folder, divided by its validation folder or split. */
class RunDatasetTest {

    @TempDir
    Path dir;

    private Path run(String train, String validation) throws IOException {
        Path file = dir.resolve("runs/run.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\": 1, \"model\": \"../m.lamina\", \"train\": " + train
                + (validation == null ? "" : ", \"validation\": " + validation)
                + ", \"epochs\": 1, \"loss\": \"categorical_crossentropy\"}");
        return file;
    }

    private void images(Path folder, int count) {
        for (int i = 0; i < count; i++) {
            TestImages.write(folder.resolve(i + ".png"), TestImages.gradient(8, 8), "png");
        }
    }

    @Test
    void aSplitDividesTheTrainingFolder() throws IOException {
        images(dir.resolve("data/a"), 10);
        images(dir.resolve("data/b"), 5);
        RunDataset dataset = RunDataset.load(run("{\"folder\": \"../data\"}", "{\"split\": 0.2}"));
        assertEquals(dir.resolve("data"), dataset.training());
        assertEquals(0.2, dataset.split());
        ScanReport scan = DatasetScanner.scan(dataset.training());
        ValidationPart part = dataset.divide(scan, ScanOptions.defaults());
        assertArrayEquals(new int[] { 8, 4 }, part.trainingCounts());
        assertArrayEquals(new int[] { 2, 1 }, part.validationCounts());
    }

    @Test
    void aValidationFolderIsScannedWithTheTrainingClasses() throws IOException {
        images(dir.resolve("data/a"), 3);
        images(dir.resolve("data/b"), 3);
        images(dir.resolve("val/a"), 2);
        RunDataset dataset = RunDataset.load(run("{\"folder\": \"../data\"}", "{\"folder\": \"../val\"}"));
        assertEquals(dir.resolve("val"), dataset.validationFolder());
        ValidationPart part = dataset.divide(DatasetScanner.scan(dataset.training()), ScanOptions.defaults());
        assertArrayEquals(new int[] { 2, 0 }, part.validationCounts());
        assertEquals(1, part.warnings().size(), part.summary());
    }

    @Test
    void noValidationAndIdxTraining() throws IOException {
        images(dir.resolve("data/a"), 1);
        RunDataset none = RunDataset.load(run("{\"folder\": \"../data\"}", null));
        assertNull(none.divide(DatasetScanner.scan(none.training()), ScanOptions.defaults()));
        Path idx = run("{\"images\": \"i.gz\", \"labels\": \"l.gz\"}", null);
        DataException e = assertThrows(DataException.class, () -> RunDataset.load(idx));
        assertTrue(e.getMessage().contains("run.json") && e.getMessage().contains("IDX"), e.getMessage());
    }
}
