// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

/**
 * Native codecs that a platform fragment of this bundle may add ({@code dev.lamina.data.natives}):
 * the same pixels as the Java path, faster. {@link ImageDecoder} uses them when {@link #installed()}
 * finds them and falls back to Java whenever they decline a file, so every failure is still
 * diagnosed, and named, by the Java path.
 */
public interface NativeCodecs {

    /** System property that turns the native codecs off when set to {@code false}. */
    String ENABLED_PROPERTY = "lamina.natives";

    /** Library names and versions, for logs and the engine info. */
    String describe();

    /**
     * Inflates one complete zlib stream into exactly {@code outLength} bytes of {@code out}.
     * Returns false, leaving {@code out} undefined, when the stream is damaged or does not inflate
     * to exactly that many bytes.
     */
    boolean inflateZlib(byte[] in, int offset, int length, byte[] out, int outLength);

    /**
     * The size of a 1- or 3-component JPEG and the channels {@link #decodeJpeg} gives for it: 1 for
     * a grayscale file, 3 (RGB) otherwise. Null when the codec declines the file (other component
     * counts, a damaged header).
     */
    JpegHeader readJpegHeader(byte[] bytes, int length);

    /**
     * Decodes a JPEG whose header was read as {@code header} into the first
     * {@code width * height * channels} bytes of {@code pixels}, as libjpeg does by default
     * (accurate integer IDCT, fancy upsampling: what Pillow gives). Returns false when it declines:
     * any error or warning from the library (a truncated file, say); the Java path then decodes or
     * names the problem.
     */
    boolean decodeJpeg(byte[] bytes, int length, JpegHeader header, byte[] pixels);

    /** Size and output channels of a JPEG. */
    record JpegHeader(int width, int height, int channels) {

        /** Bytes {@link NativeCodecs#decodeJpeg} writes. */
        public long bytes() {
            return (long) width * height * channels;
        }
    }

    /** The native codecs of this platform, or null when none are installed or they cannot load. */
    static NativeCodecs installed() {
        return NativeCodecsLoader.INSTANCE.codecs();
    }

    /** Why {@link #installed()} is null, or what it found: one line for logs and the engine info. */
    static String status() {
        return NativeCodecsLoader.INSTANCE.status();
    }
}
