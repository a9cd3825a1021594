// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.data.folder.FolderDataset;
import dev.lamina.data.folder.FolderOptions;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.PngFile;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.data.pipeline.Subset;
import dev.lamina.testing.FashionMnist;

/** The dataset fingerprint of real Fashion-MNIST images: counts per class, a content hash, dataset.json. */
class DatasetFingerprintTest {

    @TempDir
    Path temp;

    @Test
    void countsEveryClassAndHashesTheContentOfAnIdxSubset() throws IOException {
        SampleSource train = fashion(300);
        DatasetFingerprint fingerprint = DatasetFingerprint.of(train, fashionTest(100));
        int[] expected = new int[10];
        for (int i = 0; i < train.size(); i++) {
            expected[train.label(i)]++;
        }
        assertEquals(300, fingerprint.training().images());
        assertEquals(FashionMnist.CLASSES, fingerprint.training().counts().keySet().stream().toList());
        for (int c = 0; c < 10; c++) {
            assertEquals(expected[c], fingerprint.training().counts().get(FashionMnist.CLASSES.get(c)));
        }
        assertEquals(100, fingerprint.validation().images());
        assertEquals(64, fingerprint.training().sha256().length());
        // the same samples hash the same; one sample more does not
        assertEquals(fingerprint.training().sha256(), DatasetFingerprint.part(fashion(300)).sha256());
        assertNotEquals(fingerprint.training().sha256(), DatasetFingerprint.part(fashion(301)).sha256());

        fingerprint.write(temp);
        assertEquals(fingerprint, DatasetFingerprint.read(temp));
        assertTrue(Files.readString(temp.resolve(RunLayout.DATASET)).contains("\"format\": 1"));
    }

    @Test
    void aFolderDatasetIsHashedByItsFilesAndAChangedFileChangesTheHash() throws IOException {
        Path folder = classFolders(fashion(120), temp.resolve("data"));
        FolderOptions options = FolderOptions.defaults().withTargetSize(28, 28).withColorMode(ColorMode.GRAYSCALE);
        DatasetFingerprint.Part before = DatasetFingerprint.part(FolderDataset.open(folder, options).training());
        assertEquals(120, before.images());
        assertEquals(before, DatasetFingerprint.part(FolderDataset.open(folder, options).training()));

        Path one;
        try (var files = Files.walk(folder)) {
            one = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
        PngFile.write(fashion(200).load(150), one);
        DatasetFingerprint.Part after = DatasetFingerprint.part(FolderDataset.open(folder, options).training());
        assertEquals(before.counts(), after.counts());
        assertNotEquals(before.sha256(), after.sha256());
    }

    @Test
    void aRunWithoutDatasetJsonHasNoFingerprintAndANewerFormatIsRefusedByName() throws IOException {
        assertNull(DatasetFingerprint.read(temp));
        Files.writeString(temp.resolve(RunLayout.DATASET), "{\"format\": 2}");
        IOException e = assertThrows(IOException.class, () -> DatasetFingerprint.read(temp));
        assertTrue(e.getMessage().startsWith(temp.resolve(RunLayout.DATASET) + ": format 2 is newer"),
                e.getMessage());
    }

    static SampleSource fashion(int count) {
        FashionMnist.require();
        return Subset.first(IdxDataset.read(FashionMnist.trainImages(), FashionMnist.trainLabels(),
                FashionMnist.CLASSES), count);
    }

    static SampleSource fashionTest(int count) {
        FashionMnist.require();
        return Subset.first(IdxDataset.read(FashionMnist.testImages(), FashionMnist.testLabels(),
                FashionMnist.CLASSES), count);
    }

    /** The samples as class folders of PNG files, named by index ("T-shirt/top" becomes "T-shirt-top"). */
    static Path classFolders(SampleSource source, Path out) throws IOException {
        for (int i = 0; i < source.size(); i++) {
            String name = source.classNames().get(source.label(i)).replace('/', '-');
            Path file = out.resolve(name).resolve(String.format("%05d.png", i));
            Files.createDirectories(file.getParent());
            PngFile.write(source.load(i), file);
        }
        return out;
    }
}
