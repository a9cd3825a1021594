// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheContent() throws IOException {
        Path file = dir.resolve("model.lamina");
        AtomicFile.write(file, "first");
        AtomicFile.write(file, "second");
        assertEquals("second", Files.readString(file));
        assertEquals(List.of(file), list());
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("model.lamina");
        Files.writeString(file, "old content");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("new cont".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("old content", Files.readString(file));
        assertEquals(List.of(file), list());
    }

    @Test
    void aRuntimeFailureAlsoLeavesTheOldFileIntact() throws IOException {
        Path file = dir.resolve("model.lamina");
        Files.writeString(file, "old content");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(file, out -> {
            out.write('x');
            throw new IllegalStateException("bug");
        }));
        assertEquals("old content", Files.readString(file));
        assertEquals(List.of(file), list());
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces() throws IOException {
        Path file = dir.resolve("model.lamina");
        Files.writeString(file, "old");
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(file, "new");
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Path fresh = dir.resolve("fresh.lamina");
        AtomicFile.write(fresh, "new");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
