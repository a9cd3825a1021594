// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.data.DataException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @TempDir
    Path dir;

    static byte[] idx(int type, int[] dims, int dataBytes) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + dataBytes);
        buffer.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
        for (int d : dims) {
            buffer.putInt(d);
        }
        for (int i = 0; i < dataBytes; i++) {
            buffer.put((byte) (i % 3));
        }
        return buffer.array();
    }

    @Test
    void readsRawAndGzip() throws IOException {
        byte[] raw = idx(8, new int[] {2, 2, 3}, 12);
        Path plain = Files.write(dir.resolve("a-idx3-ubyte"), raw);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(raw);
        }
        Path gzip = Files.write(dir.resolve("a.gz"), zipped.toByteArray());
        for (Path file : List.of(plain, gzip)) {
            IdxArray array = IdxReader.read(file);
            assertArrayEquals(new int[] {2, 2, 3}, array.dims());
            assertEquals(12, array.data().length);
            assertEquals(2, array.data()[5]);
        }
    }

    @Test
    void namesTheFileAndTheProblem() throws IOException {
        assertError(Files.write(dir.resolve("short"), idx(8, new int[] {10, 28, 28}, 100)),
                "truncated: header declares 10x28x28 = 7,840 bytes of data but the file holds 100");
        assertError(Files.write(dir.resolve("long"), idx(8, new int[] {2}, 3)), "extra bytes after the 2 data");
        assertError(Files.write(dir.resolve("magic"), new byte[] {1, 2, 3, 4, 5}), "not an IDX file (bad magic number");
        assertError(Files.write(dir.resolve("float"), idx(0x0D, new int[] {1}, 4)), "IDX data type 0x0D (float)");
        assertError(Files.write(dir.resolve("empty"), new byte[0]), "empty file");
        assertError(Files.write(dir.resolve("dims"), new byte[] {0, 0, 8, 3, 0, 0, 0, 5}), "header ends before dimension 2");
        byte[] zipped;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(idx(8, new int[] {1000}, 1000));
        }
        zipped = out.toByteArray();
        assertError(Files.write(dir.resolve("cut.gz"), java.util.Arrays.copyOf(zipped, zipped.length / 2)),
                "truncated gzip data");
    }

    @Test
    void checksThatImagesAndLabelsAgree() throws IOException {
        Path images = Files.write(dir.resolve("images"), idx(8, new int[] {3, 2, 2}, 12));
        Path labels = Files.write(dir.resolve("labels"), idx(8, new int[] {2}, 2));
        DataException e = assertThrows(DataException.class, () -> IdxDataset.read(images, labels));
        assertEquals(labels + ": holds 2 labels but images holds 3 images", e.getMessage());
        Path flat = Files.write(dir.resolve("flat"), idx(8, new int[] {3}, 3));
        e = assertThrows(DataException.class, () -> IdxDataset.read(flat, labels));
        assertTrue(e.getMessage().startsWith(flat + ": expected images with 3 dimensions"), e.getMessage());
    }

    private static void assertError(Path file, String expected) {
        DataException e = assertThrows(DataException.class, () -> IdxReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(file, e.file());
    }
}
