// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

/**
 * An 8-bit image held as interleaved bytes in row-major, channel-last order (HWC),
 * which is the compact form the decoder produces and the cache stores.
 *
 * @param width    columns
 * @param height   rows
 * @param channels 1 (gray), 3 (RGB) or 4 (RGBA)
 * @param pixels   {@code height * width * channels} unsigned bytes
 */
public record PixelImage(int width, int height, int channels, byte[] pixels) {

    public PixelImage {
        if (width <= 0 || height <= 0 || channels <= 0) {
            throw new IllegalArgumentException("bad image size " + width + "x" + height + "x" + channels);
        }
        if (pixels.length != (long) width * height * channels) {
            throw new IllegalArgumentException("pixel array has " + pixels.length + " bytes, expected "
                    + (long) width * height * channels);
        }
    }

    /** A black image of the given size. */
    public static PixelImage blank(int width, int height, int channels) {
        return new PixelImage(width, height, channels, new byte[width * height * channels]);
    }

    /** The unsigned value (0..255) of channel {@code c} at column {@code x}, row {@code y}. */
    public int get(int x, int y, int c) {
        return pixels[(y * width + x) * channels + c] & 0xFF;
    }

    /** Sets channel {@code c} at column {@code x}, row {@code y} to {@code value} (0..255). */
    public void set(int x, int y, int c, int value) {
        pixels[(y * width + x) * channels + c] = (byte) value;
    }
}
