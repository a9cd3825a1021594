// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.data.DataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipImporterTest {

    @TempDir
    Path dir;

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void extractsSkipsMacMetadataAndReportsDuplicates() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("data/cats/1.png", new byte[] {1, 2, 3});
        entries.put("data/dogs/", new byte[0]);
        entries.put("data/dogs/2.png", new byte[] {4});
        entries.put("data/dogs/2.PNG", new byte[] {5});
        entries.put("__MACOSX/data/cats/._1.png", new byte[] {9});
        entries.put("data/.DS_Store", new byte[] {9});
        Path archive = zip("set.zip", entries);
        Path destination = dir.resolve("imported");

        ImportReport report = new ZipImporter().extract(archive, destination);

        assertEquals(2, report.files());
        assertEquals(4, report.bytes());
        assertEquals(List.of("data/dogs/2.PNG"), report.duplicates());
        assertEquals(List.of("__MACOSX/data/cats/._1.png", "data/.DS_Store"), report.skipped());
        assertEquals(3, Files.size(destination.resolve("data/cats/1.png")));
        assertFalse(Files.exists(destination.resolve("__MACOSX")));
        assertEquals(List.of("imported", "set.zip"), listing());
    }

    @Test
    void refusesZipSlip() throws IOException {
        Path archive = zip("slip.zip", Map.of("ok/1.txt", new byte[] {1}, "ok/../../evil.txt", new byte[] {2}));
        assertRefused(archive, "escapes the destination with '..'");
        assertFalse(Files.exists(dir.getParent().resolve("evil.txt")));
    }

    @Test
    void refusesAbsolutePaths() throws IOException {
        assertRefused(zip("abs.zip", Map.of("/tmp/evil.txt", new byte[] {1})), "has an absolute path");
        assertRefused(zip("drive.zip", Map.of("C:\\evil.txt", new byte[] {1})), "has an absolute path");
    }

    @Test
    void refusesZipBombsByBytesActuallyWritten() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a/first.txt", "fine".getBytes());
        entries.put("a/zeros.bin", new byte[20 << 20]); // 20 MiB of zeros deflate ~1000:1
        assertRefused(zip("bomb.zip", entries), "expands more than 100 times");
    }

    @Test
    void refusesArchivesOverTheSizeAndEntryLimits() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            entries.put("a/" + i + ".bin", new byte[1000]);
        }
        Path archive = zip("many.zip", entries);
        assertRefused(new ZipImporter(new ZipLimits(10, 1L << 30, 100, 1 << 20)), archive, "has 12 entries");
        assertRefused(new ZipImporter(new ZipLimits(100, 5000, 100, 1 << 20)), archive, "expands to more than 5,000 bytes");
    }

    @Test
    void refusesNonZipAndOccupiedDestination() throws IOException {
        Path text = Files.writeString(dir.resolve("notzip.zip"), "hello");
        assertRefused(text, "not a zip archive");
        Path archive = zip("ok.zip", Map.of("a/1.txt", new byte[] {1}));
        Path occupied = Files.createDirectories(dir.resolve("imported"));
        Files.writeString(occupied.resolve("keep.txt"), "mine");
        DataException e = assertThrows(DataException.class, () -> new ZipImporter().extract(archive, occupied));
        assertEquals(occupied + ": destination folder already exists and is not empty", e.getMessage());
        assertEquals("mine", Files.readString(occupied.resolve("keep.txt")));
    }

    @Test
    void reportsEachEntryAndLeavesNothingWhenCancelled() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("cats/" + i + ".png", new byte[] {(byte) i});
        }
        Path archive = zip("cats.zip", entries);
        List<String> heard = new java.util.ArrayList<>();
        new ZipImporter().extract(archive, dir.resolve("all"), (done, total) -> heard.add(done + "/" + total));
        assertEquals(List.of("1/5", "2/5", "3/5", "4/5", "5/5"), heard);

        Path destination = dir.resolve("cancelled");
        assertThrows(java.util.concurrent.CancellationException.class, () -> new ZipImporter().extract(archive,
                destination, (done, total) -> {
                    if (done == 3) {
                        throw new java.util.concurrent.CancellationException();
                    }
                }));
        assertFalse(Files.exists(destination));
        assertEquals(List.of("all", "cats.zip"), listing());
    }

    @Test
    void findsTheClassFoldersAtTheTopOrInOneWrappingFolder() throws IOException {
        Path top = Files.createDirectories(dir.resolve("top"));
        Files.createDirectories(top.resolve("horses"));
        Files.createDirectories(top.resolve("humans"));
        assertEquals(top, ZipImporter.classRoot(top));

        Path wrapped = Files.createDirectories(dir.resolve("wrapped/horse-or-human"));
        Files.createDirectories(wrapped.resolve("horses"));
        Files.createDirectories(wrapped.resolve("humans"));
        assertEquals(wrapped, ZipImporter.classRoot(dir.resolve("wrapped")));

        // one class folder of images at the top is a class, not a wrapper
        Path single = Files.createDirectories(dir.resolve("single/cats"));
        Files.write(single.resolve("1.png"), new byte[] {1});
        assertEquals(dir.resolve("single"), ZipImporter.classRoot(dir.resolve("single")));
    }

    private void assertRefused(Path archive, String reason) throws IOException {
        assertRefused(new ZipImporter(), archive, reason);
    }

    private void assertRefused(ZipImporter importer, Path archive, String reason) throws IOException {
        Path destination = dir.resolve("imported");
        DataException e = assertThrows(DataException.class, () -> importer.extract(archive, destination));
        assertTrue(e.getMessage().startsWith(archive + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(Files.exists(destination), "nothing may be left behind");
        for (String name : listing()) {
            assertTrue(name.endsWith(".zip"), "left behind: " + name);
        }
    }

    private List<String> listing() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
