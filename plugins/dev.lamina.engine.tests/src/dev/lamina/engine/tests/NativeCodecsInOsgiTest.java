// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.NativeCodecs;
import dev.lamina.data.image.PixelImage;

/** The natives fragment attaches to the data bundle inside OSGi and its codecs work there. */
class NativeCodecsInOsgiTest {

    @Test
    void theFragmentAttachesAndItsCodecsDecode() throws Exception {
        NativeCodecs codecs = NativeCodecs.installed();
        assertNotNull(codecs, NativeCodecs.status());
        Bundle host = FrameworkUtil.getBundle(NativeCodecs.class);
        assertEquals("dev.lamina.data", host.getSymbolicName());
        assertEquals(host, FrameworkUtil.getBundle(codecs.getClass()), "fragment classes load through the host");

        Path dir = Files.createTempDirectory("lamina-osgi-codecs");
        BufferedImage picture = new BufferedImage(120, 80, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 120; x++) {
                picture.setRGB(x, y, (x * 2) << 16 | (y * 3) << 8 | ((x ^ y) & 0xFF));
            }
        }
        for (String format : new String[] {"png", "jpeg"}) {
            Path file = dir.resolve("picture." + format);
            assertTrue(ImageIO.write(picture, format, file.toFile()));
            PixelImage nativePixels = new ImageDecoder(ImageDecoder.DEFAULT_MAX_PIXELS, true)
                    .decode(file, ColorMode.RGB, 60, 50, Interpolation.NEAREST);
            PixelImage javaPixels = new ImageDecoder(ImageDecoder.DEFAULT_MAX_PIXELS, false)
                    .decode(file, ColorMode.RGB, 60, 50, Interpolation.NEAREST);
            assertArrayEquals(javaPixels.pixels(), nativePixels.pixels(), format);
            Files.delete(file);
        }
        Files.delete(dir);
    }
}
