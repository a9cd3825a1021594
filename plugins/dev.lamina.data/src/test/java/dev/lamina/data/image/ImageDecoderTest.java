// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.testing.TestImages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDecoderTest {

    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void decodesLosslessFormatsToExactRgb() {
        BufferedImage source = TestImages.gradient(7, 5);
        for (String format : new String[] {"png", "bmp"}) {
            Path file = TestImages.write(dir.resolve("g." + format), source, format);
            PixelImage image = decoder.decode(file, ColorMode.RGB);
            assertEquals(7, image.width());
            assertEquals(5, image.height());
            assertEquals(3, image.channels());
            assertEquals(60, image.get(6, 4, 0), format);
            assertEquals(40, image.get(6, 4, 1), format);
            assertEquals(100, image.get(6, 4, 2), format);
        }
    }

    @Test
    void convertsToGrayWithPillowLuma() {
        Path file = TestImages.write(dir.resolve("g.png"), TestImages.gradient(7, 5), "png");
        PixelImage gray = decoder.decode(file, ColorMode.GRAYSCALE);
        assertEquals(1, gray.channels());
        // L = (60*19595 + 40*38470 + 100*7471 + 0x8000) >> 16
        assertEquals((60 * 19595 + 40 * 38470 + 100 * 7471 + 0x8000) >> 16, gray.get(6, 4, 0));
    }

    @Test
    void keepsAlphaForRgbaAndAddsOpaqueAlphaOtherwise() {
        BufferedImage argb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x80FF0000);
        argb.setRGB(1, 0, 0xFF00FF00);
        Path file = TestImages.write(dir.resolve("a.png"), argb, "png");
        PixelImage rgba = decoder.decode(file, ColorMode.RGBA);
        assertArrayEquals(new byte[] {(byte) 255, 0, 0, (byte) 0x80, 0, (byte) 255, 0, (byte) 255}, rgba.pixels());
        PixelImage rgb = decoder.decode(file, ColorMode.RGB);
        assertArrayEquals(new byte[] {(byte) 255, 0, 0, 0, (byte) 255, 0}, rgb.pixels());
        Path opaque = TestImages.write(dir.resolve("o.png"), TestImages.gradient(1, 1), "png");
        assertEquals(255, decoder.decode(opaque, ColorMode.RGBA).get(0, 0, 3));
    }

    @Test
    void decodesPaletteGifAndPng() {
        for (String format : new String[] {"png", "gif"}) {
            Path file = TestImages.write(dir.resolve("p." + format), TestImages.palette(8, 8), format);
            PixelImage image = decoder.decode(file, ColorMode.RGB);
            assertEquals(255, image.get(0, 0, 0), format);
            assertEquals(255, image.get(1, 4, 1), format);
            assertEquals(255, image.get(2, 0, 2), format);
            assertEquals(0, image.get(2, 0, 0), format);
            ImageHeader header = decoder.probe(file);
            assertEquals("palette", header.colorModel(), format);
        }
    }

    @Test
    void scales16BitGrayTo8Bits() {
        Path file = TestImages.write(dir.resolve("g16.png"), TestImages.gray16(10, 2), "png");
        PixelImage image = decoder.decode(file, ColorMode.GRAYSCALE);
        assertEquals((9 * 4000) >> 8, image.get(9, 0, 0));
        assertEquals("gray16", decoder.probe(file).colorModel());
    }

    @Test
    void decodesJpegApproximately() {
        Path file = TestImages.write(dir.resolve("g.jpg"), TestImages.gradient(16, 16), "jpeg");
        PixelImage image = decoder.decode(file, ColorMode.RGB);
        assertTrue(Math.abs(image.get(8, 8, 0) - 80) < 12, "red " + image.get(8, 8, 0));
        assertTrue(Math.abs(image.get(8, 8, 2) - 100) < 12, "blue " + image.get(8, 8, 2));
    }

    @Test
    void convertsCmykJpegToRgb() {
        // Plain CMYK (no Adobe marker): no cyan, full magenta and yellow, no black = red.
        Path file = TestImages.write(dir.resolve("cmyk.jpg"), TestImages.jpegRaster(16, 16, 0, 255, 255, 0));
        ImageHeader header = decoder.probe(file);
        assertEquals(4, header.channels());
        assertEquals("cmyk", header.colorModel());
        PixelImage image = decoder.decode(file, ColorMode.RGB);
        assertTrue(image.get(5, 5, 0) > 240 && image.get(5, 5, 1) < 15 && image.get(5, 5, 2) < 15,
                Arrays.toString(new int[] {image.get(5, 5, 0), image.get(5, 5, 1), image.get(5, 5, 2)}));
    }

    @Test
    void refusesTwoChannelJpegAsUnsupportedColourModel() {
        Path file = TestImages.write(dir.resolve("two.jpg"), TestImages.jpegRaster(8, 8, 10, 200));
        ImageReadException e = assertThrows(ImageReadException.class, () -> decoder.decode(file, ColorMode.RGB));
        assertEquals(ImageFault.UNSUPPORTED_COLOR_MODEL, e.fault());
        assertTrue(e.getMessage().startsWith(file + ": unsupported colour model"), e.getMessage());
    }

    @Test
    void refusesTooManyPixelsFromTheHeaderAlone() {
        Path file = TestImages.write(dir.resolve("bomb.png"), TestImages.pngHeaderOnly(20_000, 20_000));
        ImageReadException e = assertThrows(ImageReadException.class, () -> decoder.probe(file));
        assertEquals(ImageFault.TOO_MANY_PIXELS, e.fault());
        assertTrue(e.getMessage().contains("400,000,000 pixels"), e.getMessage());
        assertEquals(ImageFault.TOO_MANY_PIXELS,
                assertThrows(ImageReadException.class, () -> decoder.decode(file, ColorMode.RGB)).fault());
    }

    @Test
    void namesEmptyTruncatedAndNonImageFiles() {
        Path empty = TestImages.write(dir.resolve("empty.png"), new byte[0]);
        Path text = TestImages.write(dir.resolve("text.png"), "hello".getBytes());
        byte[] png = TestImages.encode(TestImages.gradient(64, 64), "png");
        Path cut = TestImages.write(dir.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        byte[] jpeg = TestImages.encode(TestImages.gradient(64, 64), "jpeg");
        Path cutJpeg = TestImages.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length * 3 / 4));
        assertFault(ImageFault.EMPTY, empty);
        assertFault(ImageFault.NOT_AN_IMAGE, text);
        assertFault(ImageFault.TRUNCATED, cut);
        assertFault(ImageFault.TRUNCATED, cutJpeg);
    }

    private void assertFault(ImageFault fault, Path file) {
        ImageReadException e = assertThrows(ImageReadException.class, () -> decoder.verify(file));
        assertEquals(fault, e.fault(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void fastJpegPathMatchesImageIoConversionAndResize() throws Exception {
        // A JFIF (YCbCr) JPEG goes through readRaster + libjpeg's YCbCr tables in Java, and with a
        // nearest target only the picked pixels are converted: the same bytes as ImageIO's read()
        // followed by Resizer.resize.
        BufferedImage source = new BufferedImage(41, 29, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 29; y++) {
            for (int x = 0; x < 41; x++) {
                source.setRGB(x, y, (x * 6) << 16 | ((y * 9) & 0xFF) << 8 | ((x * y) & 0xFF));
            }
        }
        Path file = TestImages.write(dir.resolve("c.jpg"), source, "jpeg");
        BufferedImage reference = javax.imageio.ImageIO.read(file.toFile());
        for (ColorMode mode : ColorMode.values()) {
            int c = mode.channels();
            byte[] expected = new byte[41 * 29 * c];
            for (int y = 0, o = 0; y < 29; y++) {
                for (int x = 0; x < 41; x++, o += c) {
                    int rgb = reference.getRGB(x, y);
                    int r = rgb >> 16 & 0xFF;
                    int g = rgb >> 8 & 0xFF;
                    int b = rgb & 0xFF;
                    if (c == 1) {
                        expected[o] = (byte) PixelConverter.luma(r, g, b);
                    } else {
                        expected[o] = (byte) r;
                        expected[o + 1] = (byte) g;
                        expected[o + 2] = (byte) b;
                        if (c == 4) {
                            expected[o + 3] = (byte) 255;
                        }
                    }
                }
            }
            PixelImage full = new PixelImage(41, 29, c, expected);
            assertArrayEquals(expected, decoder.decode(file, mode).pixels(), mode.name());
            for (Interpolation interpolation : Interpolation.values()) {
                for (int[] size : new int[][] {{17, 11}, {30, 40}, {41, 29}}) {
                    assertArrayEquals(Resizer.resize(full, size[0], size[1], interpolation).pixels(),
                            decoder.decode(file, mode, size[0], size[1], interpolation).pixels(),
                            mode + " " + interpolation + " " + size[0] + "x" + size[1]);
                }
            }
        }
    }
}
