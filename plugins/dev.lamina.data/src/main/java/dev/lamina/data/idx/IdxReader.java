// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.idx;

import dev.lamina.data.DataException;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the MNIST / Fashion-MNIST format), raw or gzip-compressed (recognised by content,
 * not by name). The magic number, the dimensions and the data length are all checked; every failure
 * is a one-line {@link DataException} naming the file.
 */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /** Reads an IDX file of unsigned bytes. */
    public static IdxArray read(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            boolean gzip = b0 == 0x1F && b1 == 0x8B;
            try (InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw) {
                return read(file, new DataInputStream(in), gzip);
            }
        } catch (NoSuchFileException e) {
            throw new DataException(file, "file not found");
        } catch (ZipException e) {
            throw new DataException(file, "corrupt gzip data (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new DataException(file, "truncated gzip data", e);
        } catch (IOException e) {
            throw new DataException(file, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static IdxArray read(Path file, DataInputStream in, boolean gzip) throws IOException {
        byte[] magic = new byte[4];
        int got = in.readNBytes(magic, 0, 4);
        if (got == 0) {
            throw new DataException(file, "empty file");
        }
        if (got < 4 || magic[0] != 0 || magic[1] != 0) {
            throw new DataException(file, "not an IDX file (bad magic number"
                    + (got == 4 ? String.format(Locale.ROOT, " 0x%08X", readInt(magic)) : "") + ")");
        }
        int type = magic[2] & 0xFF;
        int rank = magic[3] & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new DataException(file, String.format(Locale.ROOT,
                    "IDX data type 0x%02X (%s) is not supported; only unsigned bytes (0x08)", type, typeName(type)));
        }
        if (rank == 0) {
            throw new DataException(file, "IDX header declares 0 dimensions");
        }
        int[] dims = new int[rank];
        long total = 1;
        for (int i = 0; i < rank; i++) {
            try {
                dims[i] = in.readInt();
            } catch (EOFException e) {
                throw new DataException(file, "truncated: header ends before dimension " + (i + 1) + " of " + rank);
            }
            if (dims[i] < 0) {
                throw new DataException(file, "IDX header declares a negative dimension (" + dims[i] + ")");
            }
            total *= dims[i];
            if (total > Integer.MAX_VALUE - 8) {
                throw new DataException(file, "IDX header declares more than 2 GB of data");
            }
        }
        byte[] data = new byte[(int) total];
        int n = in.readNBytes(data, 0, data.length);
        IdxArray array = new IdxArray(file, dims, data);
        if (n < data.length) {
            throw new DataException(file, String.format(Locale.ROOT,
                    "truncated: header declares %s = %,d bytes of data but the file%s holds %,d",
                    array.shape(), total, gzip ? " (uncompressed)" : "", n));
        }
        if (in.read() >= 0) {
            throw new DataException(file, "extra bytes after the " + array.shape() + " data declared in the header");
        }
        return array;
    }

    private static int readInt(byte[] b) {
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x09 -> "signed byte";
            case 0x0B -> "short";
            case 0x0C -> "int";
            case 0x0D -> "float";
            case 0x0E -> "double";
            default -> "unknown";
        };
    }
}
