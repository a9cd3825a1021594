// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.data.DataException;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Writes {@link PixelImage}s as 8-bit PNG files. */
public final class PngFile {

    private PngFile() {
    }

    /** The PNG bytes of {@code image}: gray for 1 channel, RGB for 3, RGBA for 4. */
    public static byte[] encode(PixelImage image) {
        int type = switch (image.channels()) {
            case 1 -> BufferedImage.TYPE_BYTE_GRAY;
            case 3 -> BufferedImage.TYPE_3BYTE_BGR;
            case 4 -> BufferedImage.TYPE_4BYTE_ABGR;
            default -> throw new IllegalArgumentException("cannot write a " + image.channels() + "-channel PNG");
        };
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), type);
        byte[] target = ((DataBufferByte) buffered.getRaster().getDataBuffer()).getData();
        byte[] source = image.pixels();
        int c = image.channels();
        if (c == 1) {
            System.arraycopy(source, 0, target, 0, source.length);
        } else {
            // Java's byte layouts are BGR and ABGR; PixelImage is RGB(A).
            for (int p = 0; p < source.length; p += c) {
                if (c == 3) {
                    target[p] = source[p + 2];
                    target[p + 1] = source[p + 1];
                    target[p + 2] = source[p];
                } else {
                    target[p] = source[p + 3];
                    target[p + 1] = source[p + 2];
                    target[p + 2] = source[p + 1];
                    target[p + 3] = source[p];
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.pixels().length / 2 + 1024);
        try {
            if (!ImageIO.write(buffered, "png", bytes)) {
                throw new IllegalStateException("no PNG encoder in this Java runtime");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode PNG: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes {@code image} to {@code file} atomically, creating missing folders. Failures are a
     * {@link DataException} naming the file.
     */
    public static void write(PixelImage image, Path file) {
        byte[] png = encode(image);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFile.write(file, out -> out.write(png));
        } catch (IOException e) {
            throw new DataException(file, "cannot write PNG (" + DataException.ioReason(e) + ")", e);
        }
    }
}
