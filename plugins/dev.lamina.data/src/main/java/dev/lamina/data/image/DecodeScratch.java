// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One thread's working memory for decoding: the file's bytes, the full-size pixels a decoder
 * writes before the picked ones are copied out (shared by PNG and JPEG, so a thread keeps one such
 * buffer in its cache, not two), the joined PNG data chunks and an inflater. Datasets decode
 * thousands of files per thread; none of this is allocated per file. Buffers above
 * {@link #MAX_KEPT} bytes are dropped after use.
 */
final class DecodeScratch {

    static final int MAX_KEPT = 64 << 20;

    private static final ThreadLocal<DecodeScratch> PER_THREAD = ThreadLocal.withInitial(DecodeScratch::new);

    private byte[] file = new byte[1 << 16];
    private byte[] pixels = new byte[0];
    private byte[] joined = new byte[0];
    private final byte[] probe = new byte[1];
    private final Inflater inflater = new Inflater();

    private DecodeScratch() {
    }

    static DecodeScratch get() {
        return PER_THREAD.get();
    }

    /** The buffer {@link #read} filled. */
    byte[] file() {
        return file;
    }

    /**
     * Reads {@code path} whole into {@link #file()} when it has at most {@code limit} bytes and returns its length;
     * -1 for a larger file. A file that fits the buffer costs one open, one read and one close: a read that returns
     * less than asked is the end of a regular file, so neither its size nor a read at the end is asked for (a
     * scan of 25,000 small files spent half its time in those system calls).
     */
    int readAtMost(Path path, int limit) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            ByteBuffer into = ByteBuffer.wrap(file, 0, Math.min(file.length, limit + 1));
            int n = channel.read(into);
            if (n < 0) {
                return 0;
            }
            if (into.hasRemaining()) {
                return n;
            }
            long size = channel.size();
            if (size > limit) {
                return -1;
            }
            file = Arrays.copyOf(file, (int) size + 1);
            into = ByteBuffer.wrap(file).position(n);
            while (into.hasRemaining() && channel.read(into) >= 0) {
                // to the end
            }
            // a byte past the size it had: the file grew meanwhile, and the caller's general path reads it
            return into.hasRemaining() ? into.position() : -1;
        }
    }

    /** Reads {@code file} whole into {@link #file()}; returns its length. */
    int read(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException("file too large to be an image (" + size + " bytes)");
            }
            if (file.length < size + 1) {
                file = new byte[(int) size + 1];
            }
            ByteBuffer into = ByteBuffer.wrap(file);
            // Read to the end, whatever size said (a file may grow meanwhile).
            while (channel.read(into) >= 0) {
                if (!into.hasRemaining()) {
                    file = Arrays.copyOf(file, file.length * 2);
                    into = ByteBuffer.wrap(file).position(into.position());
                }
            }
            return into.position();
        }
    }

    /** At least {@code size} bytes for a decoder's full-size output. */
    byte[] pixels(int size) {
        if (pixels.length < size) {
            pixels = new byte[size];
        }
        return pixels;
    }

    /** The data of several PNG chunks copied end to end. */
    byte[] joined(byte[] b, int[] offsets, int[] lengths, int count, int total) {
        if (joined.length < total) {
            joined = new byte[total];
        }
        int at = 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(b, offsets[i], joined, at, lengths[i]);
            at += lengths[i];
        }
        return joined;
    }

    /** Inflates one whole zlib stream into exactly {@code outLength} bytes; false otherwise. */
    boolean inflate(byte[] in, int offset, int length, byte[] out, int outLength) {
        inflater.reset();
        inflater.setInput(in, offset, length);
        try {
            int done = 0;
            while (done < outLength) {
                int got = inflater.inflate(out, done, outLength - done);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    return false;
                }
                done += got;
            }
            // Complete only when the stream ends exactly here.
            return inflater.finished() || inflater.inflate(probe) == 0 && inflater.finished();
        } catch (DataFormatException e) {
            return false;
        }
    }

    /** Drops buffers too large to keep. */
    void trim() {
        if (file.length > MAX_KEPT) {
            file = new byte[1 << 16];
        }
        if (pixels.length > MAX_KEPT) {
            pixels = new byte[0];
        }
        if (joined.length > MAX_KEPT) {
            joined = new byte[0];
        }
    }
}
