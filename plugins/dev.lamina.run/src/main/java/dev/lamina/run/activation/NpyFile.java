// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.activation;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.data.DataException;
import dev.lamina.data.image.PngFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw float32 arrays in NumPy's {@code .npy} format, version 1.0: the magic {@code \x93NUMPY}, the
 * version bytes {@code 1 0}, a little-endian {@code uint16} header length, an ASCII header such as
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (16, 26, 26), }} padded with spaces and a
 * newline so that the data starts at a multiple of 64 bytes, then the values in C order as
 * little-endian float32. {@code numpy.load(file)} reads them.
 */
public final class NpyFile {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyFile() {
    }

    /** An array read back: its shape and its values in C order. */
    public record NpyArray(int[] shape, float[] data) {
    }

    /** The complete file content for {@code data} of the given {@code shape}. */
    public static byte[] encode(float[] data, int... shape) {
        long count = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            count *= d;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + count
                    + " values but " + data.length + " were given");
        }
        byte[] header = header(shape);
        ByteBuffer out = ByteBuffer.allocate(header.length + 4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(header);
        out.asFloatBuffer().put(data);
        return out.array();
    }

    /** Writes {@code data} atomically, creating missing folders. */
    public static void write(Path file, float[] data, int... shape) {
        byte[] bytes = encode(data, shape);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new DataException(file, "cannot write .npy (" + DataException.ioReason(e) + ")", e);
        }
    }

    /** Reads a little-endian float32, C-order {@code .npy} file (versions 1.0 to 3.0). */
    public static NpyArray read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file, "file not found", e);
        } catch (IOException e) {
            throw new DataException(file, "cannot read (" + DataException.ioReason(e) + ")", e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
            throw new DataException(file, "not a .npy file (it does not start with \\x93NUMPY)");
        }
        int major = bytes[6];
        int headerLength;
        int start;
        if (major == 1) {
            headerLength = in.getShort(8) & 0xFFFF;
            start = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new DataException(file, "truncated .npy header");
            }
            headerLength = in.getInt(8);
            start = 12;
        } else {
            throw new DataException(file, ".npy version " + major + "." + bytes[7] + " is not supported (1.0 to 3.0 are)");
        }
        if (headerLength < 0 || start + (long) headerLength > bytes.length) {
            throw new DataException(file, "truncated .npy header");
        }
        String header = new String(bytes, start, headerLength, StandardCharsets.UTF_8);
        String descr = group(DESCR, header, file, "descr");
        if (!descr.equals("<f4")) {
            throw new DataException(file, "holds dtype '" + descr + "'; only little-endian float32 ('<f4') is supported");
        }
        if (group(FORTRAN, header, file, "fortran_order").equals("True")) {
            throw new DataException(file, "is in Fortran order; only C order is supported");
        }
        int[] shape = parseShape(group(SHAPE, header, file, "shape"), file);
        long count = 1;
        for (int d : shape) {
            count *= d;
        }
        int dataStart = start + headerLength;
        if (bytes.length - dataStart != 4 * count) {
            throw new DataException(file, "shape " + Arrays.toString(shape) + " needs " + 4 * count
                    + " bytes of data, found " + (bytes.length - dataStart));
        }
        float[] data = new float[(int) count];
        in.position(dataStart);
        in.asFloatBuffer().get(data);
        return new NpyArray(shape, data);
    }

    private static byte[] header(int[] shape) {
        StringBuilder dims = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                dims.append(", ");
            }
            dims.append(shape[i]);
        }
        if (shape.length == 1) {
            dims.append(',');
        }
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        ByteBuffer out = ByteBuffer.allocate(10 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length());
        out.put(text.getBytes(StandardCharsets.US_ASCII));
        return out.array();
    }

    private static String group(Pattern pattern, String header, Path file, String key) {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new DataException(file, ".npy header has no '" + key + "': " + header.strip());
        }
        return m.group(1);
    }

    private static int[] parseShape(String text, Path file) {
        String[] parts = text.split(",");
        int n = 0;
        int[] dims = new int[parts.length];
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            try {
                dims[n++] = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new DataException(file, ".npy shape (" + text + ") is not a tuple of integers");
            }
        }
        return Arrays.copyOf(dims, n);
    }
}
