// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonObject;
import dev.lamina.data.DataException;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.PixelImage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyFileTest {

    @TempDir
    Path dir;

    @Test
    void writesNumpyVersion1Float32() throws Exception {
        float[] data = new float[16 * 26 * 26];
        for (int i = 0; i < data.length; i++) {
            data[i] = i * 0.5f - 3;
        }
        byte[] bytes = NpyFile.encode(data, 16, 26, 26);
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, bytes[6]);
        assertEquals(0, bytes[7]);
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        assertEquals(0, (10 + headerLength) % 64, "data is 64-byte aligned");
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (16, 26, 26), }"), header);
        assertTrue(header.endsWith("\n"));
        assertEquals(10 + headerLength + 4 * data.length, bytes.length);
        ByteBuffer body = ByteBuffer.wrap(bytes, 10 + headerLength, 8).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(-3f, body.getFloat());
        assertEquals(-2.5f, body.getFloat());

        Path file = dir.resolve("a.npy");
        NpyFile.write(file, data, 16, 26, 26);
        NpyFile.NpyArray back = NpyFile.read(file);
        assertArrayEquals(new int[] {16, 26, 26}, back.shape());
        assertArrayEquals(data, back.data());

        String vector = new String(NpyFile.encode(new float[] {1, 2, 3}, 3), 10, 60, StandardCharsets.US_ASCII);
        assertTrue(vector.contains("'shape': (3,), }"), vector);
        assertThrows(IllegalArgumentException.class, () -> NpyFile.encode(new float[3], 2, 2));
    }

    @Test
    void rejectsWhatItCannotRead() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.npy"), "hello world, not numpy");
        DataException e = assertThrows(DataException.class, () -> NpyFile.read(junk));
        assertTrue(e.getMessage().startsWith(junk + ": not a .npy file"), e.getMessage());
        byte[] good = NpyFile.encode(new float[] {1, 2}, 2);
        Path truncated = Files.write(dir.resolve("t.npy"), java.util.Arrays.copyOf(good, good.length - 2));
        assertTrue(assertThrows(DataException.class, () -> NpyFile.read(truncated)).getMessage()
                .contains("needs 8 bytes of data, found 6"));
    }

    @Test
    void exportsLayersWithAnIndex() {
        Path out = dir.resolve("acts");
        ActivationExport export = new ActivationExport(out, GridOptions.defaults(), true);
        float[] conv = new float[4 * 6 * 6];
        for (int i = 0; i < conv.length; i++) {
            conv[i] = (i * 7) % 11;
        }
        export.add("conv2d", conv, 4, 6, 6);
        export.add("dense/1", new float[] {0.1f, 0.9f}, 2);
        Path index = export.finish("model.zip", "cat.png");

        PixelImage png = new ImageDecoder().decode(out.resolve("00-conv2d.png"), ColorMode.RGB);
        GridLayout grid = ActivationGrid.layout(4, 6, 6, GridOptions.defaults());
        assertEquals(grid.width(), png.width());
        assertEquals(2 * 48 + 2, png.width());
        assertTrue(Files.isRegularFile(out.resolve("00-conv2d.npy")));
        assertTrue(Files.isRegularFile(out.resolve("01-dense_1.npy")));
        assertTrue(!Files.exists(out.resolve("01-dense_1.png")));

        JsonObject json = Json.parse(readString(index)).asObject();
        JsonObject first = json.getArray("layers").get(0).asObject();
        assertEquals("conv2d", first.getString("name"));
        assertEquals("00-conv2d.png", first.getString("png"));
        assertEquals(0.0, first.getDouble("min"));
        assertEquals(10.0, first.getDouble("max"));
        JsonObject second = json.getArray("layers").get(1).asObject();
        assertTrue(second.get("png").isNull());
        assertEquals(0.9, second.getDouble("max"));
        assertEquals(4, export.written().size(), "conv png + npy, dense npy, index");
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
