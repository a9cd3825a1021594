// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import java.util.List;
import java.util.Locale;

/** The image formats Lamina reads, recognised from their first bytes rather than the file name. */
public enum ImageFormat {
    PNG("png", List.of("png")),
    JPEG("jpeg", List.of("jpg", "jpeg", "jpe", "jfif")),
    BMP("bmp", List.of("bmp", "dib")),
    GIF("gif", List.of("gif")),
    TIFF("tiff", List.of("tif", "tiff"));

    private final String readerName;
    private final List<String> extensions;

    ImageFormat(String readerName, List<String> extensions) {
        this.readerName = readerName;
        this.extensions = extensions;
    }

    /** The format name {@link javax.imageio.ImageIO} knows this format by. */
    public String readerName() {
        return readerName;
    }

    /** Lower-case file extensions, without the dot, that usually hold this format. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether {@code fileName} ends with one of this format's extensions (ignoring case). */
    public boolean matchesExtension(String fileName) {
        return extensions.contains(extensionOf(fileName));
    }

    /** Whether {@code fileName} has the extension of any supported image format. */
    public static boolean hasImageExtension(String fileName) {
        String ext = extensionOf(fileName);
        for (ImageFormat format : values()) {
            if (format.extensions.contains(ext)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case extension of {@code fileName} without the dot, or "" when there is none. */
    public static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The format whose signature starts {@code head}, or {@code null} when none does. */
    public static ImageFormat sniff(byte[] head, int length) {
        if (startsWith(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, length, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(head, length, 'B', 'M') && length >= 18) {
            return BMP;
        }
        if (startsWith(head, length, 'I', 'I', 42, 0) || startsWith(head, length, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int length, int... signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
