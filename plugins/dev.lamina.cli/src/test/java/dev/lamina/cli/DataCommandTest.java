// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lamina data scan, import and export-idx on generated files. */
class DataCommandTest {

    @TempDir
    Path dir;

    @Test
    void scanListsEachBadFileByNameAndStillCountsTheGoodOnes() throws IOException {
        Path data = dir.resolve("data");
        png(data.resolve("cats/a.png"));
        png(data.resolve("cats/b.png"));
        png(data.resolve("dogs/c.png"));
        Files.write(data.resolve("dogs/empty.png"), new byte[0]);
        Files.writeString(data.resolve("dogs/notes.png"), "not an image");

        CliRun run = CliRun.of("data", "scan", data.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 usable images in 2 classes"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.contains("empty.png") && line.contains("empty")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.contains("notes.png")), run.out());

        CliRun json = CliRun.of("data", "scan", data.toString(), "--json");
        assertEquals(ExitCode.OK, json.exitCode());
        assertTrue(json.out().contains("\"usable\": 3"), json.out());
    }

    @Test
    void scanWithASplitOrARunFilePrintsTrainingAndValidationCountsAndTheirWarnings() throws IOException {
        Path data = dir.resolve("data");
        for (int i = 0; i < 5; i++) {
            png(data.resolve("cats/" + i + ".png"));
            png(data.resolve("dogs/" + i + ".png"));
        }
        png(data.resolve("owls/0.png"));
        CliRun run = CliRun.of("data", "scan", data.toString(), "--split", "0.2");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("validation (split 0.2): 9 training, 2 validation images\n  cats: 4 / 1\n"
                + "  dogs: 4 / 1\n  owls: 1 / 0\n"), run.out());
        assertTrue(run.out().contains("warning: " + data.resolve("owls") + ": class owls is missing from validation"),
                run.out());

        Path runFile = dir.resolve("run.json");
        Files.writeString(runFile, "{\"format\": 1, \"model\": \"m.lamina\", \"train\": {\"folder\": \"data\"},"
                + " \"validation\": {\"split\": 0.2}, \"epochs\": 1, \"loss\": \"categorical_crossentropy\"}");
        CliRun fromRun = CliRun.of("data", "scan", runFile.toString(), "--json");
        assertEquals(ExitCode.OK, fromRun.exitCode(), fromRun.err());
        assertTrue(fromRun.out().contains("\"kind\": \"class-missing-from-validation\""), fromRun.out());
        assertTrue(fromRun.out().contains("\"split\": 0.2"), fromRun.out());
    }

    @Test
    void aFolderWithNoUsableImageExits2() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("a"));
        Files.writeString(data.resolve("a/x.png"), "nope");
        CliRun run = CliRun.of("data", "scan", data.toString());
        assertEquals(ExitCode.NO_USABLE_DATA, run.exitCode());
    }

    @Test
    void aZipWithAParentEntryIsRefusedAndLeavesNothing() throws IOException {
        Path zip = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("horses/ok.png"));
            out.write(new byte[] { 1, 2, 3 });
            out.putNextEntry(new ZipEntry("../escape.txt"));
            out.write(new byte[] { 4 });
        }
        Path dest = dir.resolve("dest");
        CliRun run = CliRun.of("data", "import", zip.toString(), dest.toString());
        assertEquals(ExitCode.FAILURE, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("evil.zip"), run.err());
        assertFalse(Files.exists(dest));
        assertFalse(Files.exists(dir.resolve("escape.txt")));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "only the zip is left");
        }
    }

    @Test
    void exportIdxWritesClassFoldersOfPngs() throws IOException {
        Path images = dir.resolve("images.idx");
        Path labels = dir.resolve("labels.idx");
        int n = 6;
        ByteBuffer image = ByteBuffer.allocate(16 + n * 4 * 4).putInt(0x00000803).putInt(n).putInt(4).putInt(4);
        ByteBuffer label = ByteBuffer.allocate(8 + n).putInt(0x00000801).putInt(n);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 16; p++) {
                image.put((byte) (i * 40 + p));
            }
            label.put((byte) (i % 2));
        }
        Files.write(images, image.array());
        Files.write(labels, label.array());
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("data", "export-idx", images.toString(), labels.toString(), out.toString(),
                "--names", "even,odd");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        try (var even = Files.list(out.resolve("even")); var odd = Files.list(out.resolve("odd"))) {
            assertEquals(3, even.count());
            assertEquals(3, odd.count());
        }
        CliRun scan = CliRun.of("data", "scan", out.toString());
        assertTrue(scan.out().contains("6 usable images in 2 classes"), scan.out());
    }

    @Test
    void aMissingSubcommandIsAUsageError() {
        assertEquals(ExitCode.USAGE, CliRun.of("data").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("data", "frob").exitCode());
    }

    private static void png(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        try (OutputStream out = Files.newOutputStream(file)) {
            ImageIO.write(image, "png", out);
        }
    }
}
