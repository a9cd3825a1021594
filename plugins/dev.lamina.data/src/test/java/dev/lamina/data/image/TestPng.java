// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** A tiny 8-bit PNG encoder for tests: filter type (row % 5) on every row, IDAT split into pieces. */
final class TestPng {

    private TestPng() {
    }

    static byte[] encode(int width, int height, int colorType, byte[] samples, byte[] palette, byte[] alphas,
            int idatPiece) {
        int bpp = samples.length / (width * height);
        int rowBytes = width * bpp;
        byte[] raw = new byte[height * (rowBytes + 1)];
        for (int y = 0; y < height; y++) {
            int filter = y % 5;
            int o = y * (rowBytes + 1);
            raw[o] = (byte) filter;
            for (int i = 0; i < rowBytes; i++) {
                int x = samples[y * rowBytes + i] & 0xFF;
                int a = i >= bpp ? samples[y * rowBytes + i - bpp] & 0xFF : 0;
                int b = y > 0 ? samples[(y - 1) * rowBytes + i] & 0xFF : 0;
                int c = y > 0 && i >= bpp ? samples[(y - 1) * rowBytes + i - bpp] & 0xFF : 0;
                int predicted = switch (filter) {
                    case 0 -> 0;
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) >>> 1;
                    default -> paeth(a, b, c);
                };
                raw[o + 1 + i] = (byte) (x - predicted);
            }
        }
        Deflater deflater = new Deflater(6);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            zlib.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = (byte) colorType;
        chunk(png, "IHDR", header);
        if (palette != null) {
            chunk(png, "PLTE", palette);
        }
        if (alphas != null) {
            chunk(png, "tRNS", alphas);
        }
        byte[] data = zlib.toByteArray();
        for (int at = 0; at < data.length; at += idatPiece) {
            chunk(png, "IDAT", java.util.Arrays.copyOfRange(data, at, Math.min(data.length, at + idatPiece)));
        }
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] head = new byte[8];
        putInt(head, 0, data.length);
        for (int i = 0; i < 4; i++) {
            head[4 + i] = (byte) type.charAt(i);
        }
        out.writeBytes(head);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.writeBytes(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
