// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.testing.TestImages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetScannerTest {

    @TempDir
    Path root;

    /** A dataset salted with every kind of bad file, next to good ones. */
    @Test
    void namesEveryBadFileWithItsReasonAndKeepsTheGoodOnes() throws Exception {
        Path cats = root.resolve("cats");
        Path dogs = root.resolve("dogs");
        TestImages.write(cats.resolve("good1.png"), TestImages.gradient(20, 10), "png");
        TestImages.write(cats.resolve("nested/deeper/good2.jpg"), TestImages.gradient(30, 30), "jpeg");
        TestImages.write(cats.resolve("good3.bmp"), TestImages.gradient(20, 10), "bmp");
        TestImages.write(cats.resolve("good4.gif"), TestImages.palette(8, 8), "gif");
        TestImages.write(cats.resolve("cmyk.jpg"), TestImages.jpegRaster(16, 16, 0, 255, 255, 0));
        TestImages.write(dogs.resolve("good5.png"), TestImages.gray16(12, 12), "png");
        TestImages.write(dogs.resolve("png-named.jpg"), TestImages.gradient(20, 10), "png");
        TestImages.write(dogs.resolve("no-extension"), TestImages.gradient(20, 10), "png");

        TestImages.write(cats.resolve("empty.png"), new byte[0]);
        byte[] png = TestImages.encode(TestImages.gradient(64, 64), "png");
        TestImages.write(cats.resolve("truncated.png"), Arrays.copyOf(png, png.length / 2));
        byte[] jpeg = TestImages.encode(TestImages.gradient(64, 64), "jpeg");
        TestImages.write(dogs.resolve("truncated.jpg"), Arrays.copyOf(jpeg, jpeg.length * 3 / 4));
        TestImages.write(dogs.resolve("notes.txt"), "not an image".getBytes());
        TestImages.write(dogs.resolve("fake.png"), "<html>an error page saved as .png</html>".getBytes());
        TestImages.write(dogs.resolve("two-channel.jpg"), TestImages.jpegRaster(8, 8, 10, 200));
        TestImages.write(dogs.resolve("bomb.png"), TestImages.pngHeaderOnly(20_000, 20_000));
        byte[] corrupt = png.clone();
        for (int i = 60; i < png.length - 30; i++) {
            corrupt[i] = (byte) (i * 7);
        }
        TestImages.write(dogs.resolve("corrupt.png"), corrupt);
        Files.createDirectories(root.resolve("empty-class"));
        TestImages.write(root.resolve("stray.png"), TestImages.gradient(4, 4), "png");
        // Ignored silently: hidden files and folders, macOS metadata.
        TestImages.write(cats.resolve(".hidden.png"), new byte[0]);
        TestImages.write(cats.resolve(".thumbs/x.png"), new byte[0]);
        TestImages.write(root.resolve(".git/config"), new byte[] {1});
        // A symbolic link loop and an undecodable file name.
        Files.createSymbolicLink(cats.resolve("nested/loop"), cats);
        Path badName = makeFileWithInvalidUtf8Name(dogs);

        ScanReport report = DatasetScanner.scan(root);

        assertEquals(List.of("cats", "dogs", "empty-class"), report.classes());
        Map<String, Integer> counts = report.countsPerClass();
        assertEquals(5, counts.get("cats"), report.summary());
        assertEquals(3, counts.get("dogs"), report.summary());
        assertEquals(0, counts.get("empty-class"));
        assertEquals(8, report.images().size());

        assertProblem(report, ScanProblemKind.EMPTY_FILE, cats.resolve("empty.png"), "empty file");
        assertProblem(report, ScanProblemKind.TRUNCATED, cats.resolve("truncated.png"), "truncated PNG");
        assertProblem(report, ScanProblemKind.TRUNCATED, dogs.resolve("truncated.jpg"), "truncated JPEG");
        assertProblem(report, ScanProblemKind.NOT_AN_IMAGE, dogs.resolve("notes.txt"), "not an image");
        assertProblem(report, ScanProblemKind.NOT_AN_IMAGE, dogs.resolve("fake.png"), "not an image");
        assertProblem(report, ScanProblemKind.UNSUPPORTED_COLOR_MODEL, dogs.resolve("two-channel.jpg"),
                "unsupported colour model");
        assertProblem(report, ScanProblemKind.TOO_MANY_PIXELS, dogs.resolve("bomb.png"), "too many pixels");
        assertProblem(report, ScanProblemKind.CORRUPT, dogs.resolve("corrupt.png"), "corrupt PNG");
        assertProblem(report, ScanProblemKind.WRONG_EXTENSION, dogs.resolve("png-named.jpg"), "is a PNG image but named .jpg");
        assertProblem(report, ScanProblemKind.WRONG_EXTENSION, dogs.resolve("no-extension"), "has no extension");
        assertProblem(report, ScanProblemKind.CONVERTED_COLOR, cats.resolve("cmyk.jpg"), "CMYK");
        assertProblem(report, ScanProblemKind.EMPTY_CLASS, root.resolve("empty-class"), "empty class folder");
        assertProblem(report, ScanProblemKind.OUTSIDE_CLASS_FOLDER, root.resolve("stray.png"), "outside any class folder");
        assertProblem(report, ScanProblemKind.SYMLINK_LOOP, cats.resolve("nested/loop"), "loop");
        if (badName != null) {
            assertEquals(1, report.problems(ScanProblemKind.UNREADABLE_NAME).size(), report.summary());
            assertTrue(report.problems(ScanProblemKind.UNREADABLE_NAME).get(0).detail().contains("unreadable file name"));
        }
        // 9 bad files (+1 with the bad name) and the stray file are skipped; notes do not skip.
        assertEquals(badName != null ? 11 : 10, report.skippedCount(), report.summary());
        assertFalse(report.isTrainable());
        assertTrue(report.problems().stream().noneMatch(p -> p.path().getFileName().toString().startsWith(".")));
        for (ScanProblem problem : report.problems()) {
            assertFalse(problem.message().contains("\n"), problem.message());
        }
        String json = report.toJson();
        assertTrue(json.contains("\"kind\": \"too-many-pixels\""), json);
        assertTrue(json.contains("\"usable\": 8"), json);
    }

    private static void assertProblem(ScanReport report, ScanProblemKind kind, Path path, String reason) {
        List<ScanProblem> matching = report.problems().stream().filter(p -> p.path().equals(path)).toList();
        assertEquals(1, matching.size(), () -> path + " should have one problem:\n" + report.summary());
        ScanProblem problem = matching.get(0);
        assertEquals(kind, problem.kind(), problem.message());
        assertTrue(problem.detail().contains(reason), problem.message());
        assertTrue(problem.message().startsWith(path + ": "), problem.message());
    }

    /** Creates a file whose name holds byte 0xFF (not UTF-8); null where the platform cannot. */
    private static Path makeFileWithInvalidUtf8Name(Path dir) throws IOException, InterruptedException {
        if (System.getProperty("os.name").startsWith("Windows")) {
            return null;
        }
        Path source = TestImages.write(dir.resolve("source-for-bad-name.tmp"), TestImages.gradient(4, 4), "png");
        Process process = new ProcessBuilder("sh", "-c", "mv source-for-bad-name.tmp \"$(printf 'bad\\377.png')\"")
                .directory(dir.toFile()).inheritIO().start();
        if (process.waitFor() != 0 || Files.exists(source)) {
            Files.deleteIfExists(source);
            return null;
        }
        return dir;
    }

    @Test
    void reportsASingleClassAndFollowsExplicitClassOrder() {
        TestImages.write(root.resolve("b/1.png"), TestImages.gradient(4, 4), "png");
        TestImages.write(root.resolve("a/1.png"), TestImages.gradient(4, 4), "png");
        ScanReport one = new DatasetScanner(ScanOptions.defaults().withClasses(List.of("b"))).scanFolder(root);
        assertEquals(1, one.problems(ScanProblemKind.ONLY_ONE_CLASS).size());
        ScanReport both = new DatasetScanner(ScanOptions.defaults().withClasses(List.of("b", "a"))).scanFolder(root);
        assertEquals(List.of("b", "a"), both.classes());
        assertEquals(0, both.images().get(0).classIndex());
        assertTrue(both.images().get(0).path().startsWith(root.resolve("b")));
        assertTrue(both.isTrainable(), both.summary());
    }

    @Test
    void headerOnlyScanIsFastButStillRefusesBombs() {
        TestImages.write(root.resolve("a/ok.png"), TestImages.gradient(4, 4), "png");
        TestImages.write(root.resolve("b/bomb.png"), TestImages.pngHeaderOnly(100_000, 100_000));
        ScanReport report = new DatasetScanner(ScanOptions.defaults().withVerify(false)).scanFolder(root);
        assertEquals(1, report.images().size());
        assertEquals(1, report.problems(ScanProblemKind.TOO_MANY_PIXELS).size());
        assertEquals(Map.of("4x4", 1), report.sizes());
        assertEquals(Map.of(3, 1), report.channels());
        assertEquals("rgb", report.images().get(0).header().colorModel());
        assertEquals(1, report.problems(ScanProblemKind.EMPTY_CLASS).size(), report.problems().stream()
                .map(ScanProblem::message).collect(Collectors.joining("\n")));
    }

    /** The count the editor shows first: Keras's count by extension, no file opened, the scan's names and order. */
    @Test
    void countingByNameGivesTheClassesCountsAndNameWarningsWithoutOpeningAFile() throws Exception {
        for (String name : List.of("1", "2", "10")) {
            TestImages.write(root.resolve(name + "/a.png"), TestImages.gradient(4, 4), "png");
            TestImages.write(root.resolve(name + "/b.JPG"), TestImages.gradient(6, 6), "jpeg");
        }
        TestImages.write(root.resolve("2/fake.png"), "<html>an error page</html>".getBytes());
        TestImages.write(root.resolve("2/unnamed"), TestImages.gradient(4, 4), "png");
        TestImages.write(root.resolve("2/notes.txt"), "notes".getBytes());
        TestImages.write(root.resolve(".ipynb_checkpoints/x.png"), TestImages.gradient(4, 4), "png");
        Files.createDirectories(root.resolve("3"));
        Path unreadable = TestImages.write(root.resolve("10/locked.png"), TestImages.gradient(4, 4), "png");
        Files.setPosixFilePermissions(unreadable, java.util.Set.of()); // counting never opens it

        ScanReport counted = new DatasetScanner(ScanOptions.defaults()).countFolder(root);
        ScanReport scanned = DatasetScanner.scan(root);

        assertEquals(List.of("1", "10", "2", "3"), counted.classes());
        assertEquals(scanned.classes(), counted.classes());
        assertEquals(List.of(2, 3, 3, 0), List.copyOf(counted.countsPerClass().values()), counted.summary());
        assertTrue(counted.images().stream().allMatch(image -> image.header() == null));
        assertEquals(Map.of(), counted.sizes());
        assertEquals(List.of(root.resolve("10/a.png"), root.resolve("10/b.JPG"), root.resolve("10/locked.png")),
                counted.imagesOf(1).stream().map(ImageFile::path).toList(), "Keras order within a class");
        for (ScanProblemKind kind : List.of(ScanProblemKind.NUMBERS_SORTED_AS_TEXT, ScanProblemKind.HIDDEN_FOLDER,
                ScanProblemKind.EMPTY_CLASS)) {
            assertEquals(1, counted.problems(kind).size(), kind + "\n" + counted.summary());
            assertEquals(scanned.problems(kind), counted.problems(kind));
        }
        assertTrue(counted.problems(ScanProblemKind.NOT_AN_IMAGE).isEmpty(), "only reading finds these");

        // The scan corrects the count: the fake PNG is not an image, the unnamed file is one.
        assertEquals(1, scanned.problems(ScanProblemKind.NOT_AN_IMAGE).stream()
                .filter(p -> p.path().endsWith("fake.png")).count(), scanned.summary());
        assertTrue(scanned.imagesOf(2).stream().anyMatch(image -> image.path().endsWith("unnamed")));
    }
}
