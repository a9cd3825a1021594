// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import javax.imageio.stream.ImageInputStreamImpl;

/** An image input stream over bytes already in memory, without the copying ImageIO's caches do. */
final class ByteArrayImageInputStream extends ImageInputStreamImpl {

    private final byte[] data;
    private final int length;

    ByteArrayImageInputStream(byte[] data, int length) {
        this.data = data;
        this.length = length;
    }

    @Override
    public int read() {
        bitOffset = 0;
        return streamPos < length ? data[(int) streamPos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        bitOffset = 0;
        if (len == 0) {
            return 0;
        }
        if (streamPos >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - streamPos);
        System.arraycopy(data, (int) streamPos, b, off, n);
        streamPos += n;
        return n;
    }

    @Override
    public long length() {
        return length;
    }
}
