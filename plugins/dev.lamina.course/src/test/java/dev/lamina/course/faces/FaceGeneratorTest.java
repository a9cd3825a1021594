// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.faces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.data.DataException;
import dev.lamina.data.folder.DatasetScanner;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.image.PixelImage;

class FaceGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void writesTwoClassFoldersOfRgbImagesThatScanClean() throws IOException {
        Path out = dir.resolve("faces");
        new FaceGenerator(6, 64, 1).writeTo(out);
        ScanReport report = DatasetScanner.scan(out);
        assertTrue(report.isTrainable(), report.summary());
        assertTrue(report.problems().isEmpty(), report.summary());
        try (Stream<Path> happy = Files.list(out.resolve("happy")); Stream<Path> sad = Files.list(out.resolve("sad"))) {
            assertEquals(3, happy.count());
            assertEquals(3, sad.count());
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no staging folder left behind");
        }
    }

    @Test
    void theSameSeedDrawsTheSameFacesAndAnotherSeedOthers() {
        FaceGenerator generator = FaceGenerator.defaults();
        PixelImage first = generator.face(3);
        assertEquals(300, first.width());
        assertEquals(3, first.channels());
        assertArrayEquals(first.pixels(), FaceGenerator.defaults().face(3).pixels());
        assertFalse(Arrays.equals(first.pixels(), new FaceGenerator(80, 300, 1).face(3).pixels()));
        assertFalse(Arrays.equals(first.pixels(), generator.face(5).pixels()), "faces differ");
    }

    @Test
    void refusesAnOddCountAndAFullFolder() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> new FaceGenerator(3, 300, 0));
        Files.writeString(dir.resolve("keep.txt"), "x");
        DataException e = assertThrows(DataException.class, () -> new FaceGenerator(2, 64, 0).writeTo(dir));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }
}
