// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.testing.TestImages;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-pass PNG reader against ImageIO on every kind of PNG it takes, with content that makes
 * ImageIO's writer use all five row filters and several IDAT chunks: the same bytes in every colour
 * mode, at full size and resized; the kinds it leaves to ImageIO are declined, not misread.
 */
class PngFastReaderTest {

    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder(ImageDecoder.DEFAULT_MAX_PIXELS, false);

    @Test
    void readsEveryPlainKindExactlyAsImageIo() throws Exception {
        for (Map.Entry<String, BufferedImage> kind : kinds(157, 113).entrySet()) {
            byte[] png = TestImages.encode(kind.getValue(), "png");
            Path file = TestImages.write(dir.resolve(kind.getKey() + ".png"), png);
            ImageHeader header = decoder.decodeWithHeader(file, ColorMode.RGB).header(); // ImageIO's
            assertEquals(header, PngFastReader.header(png, png.length, Long.MAX_VALUE), kind.getKey());
            assertEquals(header, decoder.verify(file), kind.getKey() + " verified");
            for (ColorMode mode : ColorMode.values()) {
                String what = kind.getKey() + " as " + mode;
                PixelImage reference = decoder.decodeWithHeader(file, mode).image(); // the ImageIO path
                PixelImage fast = PngFastReader.read(png, png.length, mode, 0, 0, null, Long.MAX_VALUE, null, null);
                assertNotNull(fast, what + " was declined");
                assertImage(reference, fast, what);
                assertImage(reference, decoder.decode(file, mode), what + " through decode");
                for (Interpolation interpolation : Interpolation.values()) {
                    for (int[] size : new int[][] {{300, 300}, {64, 80}, {157, 40}, {90, 113}, {157, 113}}) {
                        String resized = what + " " + interpolation + " " + size[0] + "x" + size[1];
                        PixelImage expected = Resizer.resize(reference, size[0], size[1], interpolation);
                        assertImage(expected, decoder.decode(file, mode, size[0], size[1], interpolation), resized);
                        byte[] into = new byte[size[0] * size[1] * mode.channels()];
                        Arrays.fill(into, (byte) 0x5A);
                        assertImage(expected, decoder.decode(file, mode, size[0], size[1], interpolation, into),
                                resized + " into a used array");
                    }
                }
            }
        }
    }

    @Test
    void undoesEveryRowFilterAcrossSeveralIdatChunks() throws Exception {
        // ImageIO's writer picks its own filters; this encoder uses filter (row % 5) for every kind.
        Random random = new Random(7);
        int w = 61;
        int h = 23;
        byte[] palette = new byte[3 * 40];
        random.nextBytes(palette);
        byte[] alphas = new byte[25];
        random.nextBytes(alphas);
        int[][] kinds = {{0, 1}, {2, 3}, {3, 1}, {4, 2}, {6, 4}};
        for (int[] kind : kinds) {
            int colorType = kind[0];
            int bpp = kind[1];
            byte[] samples = new byte[w * h * bpp];
            for (int i = 0; i < samples.length; i++) {
                int x = i / bpp % w;
                int y = i / bpp / w;
                samples[i] = (byte) (colorType == 3 ? (x * 3 + y) % 40 : y % 2 == 0 ? x * 4 + y : random.nextInt(256));
            }
            for (boolean transparent : new boolean[] {false, true}) {
                if (transparent && colorType != 3) {
                    continue;
                }
                byte[] png = TestPng.encode(w, h, colorType, samples, colorType == 3 ? palette : null,
                        transparent ? alphas : null, 97);
                Path file = TestImages.write(dir.resolve("filters-" + colorType + transparent + ".png"), png);
                assertEquals(decoder.decodeWithHeader(file, ColorMode.RGB).header(),
                        PngFastReader.header(png, png.length, Long.MAX_VALUE), "header of colour type " + colorType);
                for (ColorMode mode : ColorMode.values()) {
                    String what = "colour type " + colorType + (transparent ? " with tRNS" : "") + " as " + mode;
                    PixelImage fast = PngFastReader.read(png, png.length, mode, 0, 0, null, Long.MAX_VALUE, null, null);
                    assertNotNull(fast, what + " was declined");
                    assertImage(decoder.decodeWithHeader(file, mode).image(), fast, what);
                }
            }
        }
    }

    @Test
    void declinesWhatItLeavesToImageIo() throws Exception {
        byte[] gray16 = TestImages.encode(TestImages.gray16(20, 10), "png");
        assertNull(PngFastReader.read(gray16, gray16.length, ColorMode.RGB, 0, 0, null, Long.MAX_VALUE, null, null));
        byte[] interlaced = interlaced(kinds(33, 21).get("rgb"));
        assertNull(PngFastReader.read(interlaced, interlaced.length, ColorMode.RGB, 0, 0, null, Long.MAX_VALUE, null, null));
        byte[] rgb = TestImages.encode(kinds(33, 21).get("rgb"), "png");
        byte[] truncated = Arrays.copyOf(rgb, rgb.length / 2);
        assertNull(PngFastReader.read(truncated, truncated.length, ColorMode.RGB, 0, 0, null, Long.MAX_VALUE, null, null));
        byte[] damaged = rgb.clone();
        damaged[70] ^= 0x55; // inside the image data
        assertNull(PngFastReader.read(damaged, damaged.length, ColorMode.RGB, 0, 0, null, Long.MAX_VALUE, null, null));
        assertNull(PngFastReader.read(rgb, rgb.length, ColorMode.RGB, 0, 0, null, 33 * 21 - 1, null, null),
                "over the pixel limit: left to ImageIO, which names it");
        // Declined files still decode (ImageIO) or fail with their reason.
        Path interlacedFile = TestImages.write(dir.resolve("i.png"), interlaced);
        assertImage(Resizer.resize(decoder.decodeWithHeader(interlacedFile, ColorMode.RGB).image(), 10, 10,
                Interpolation.NEAREST), decoder.decode(interlacedFile, ColorMode.RGB, 10, 10, Interpolation.NEAREST),
                "interlaced");
        Path truncatedFile = TestImages.write(dir.resolve("t.png"), truncated);
        ImageReadException e = assertThrows(ImageReadException.class,
                () -> decoder.decode(truncatedFile, ColorMode.RGB, 10, 10, Interpolation.NEAREST));
        assertEquals(ImageFault.TRUNCATED, e.fault());
    }

    @Test
    void unfiltersByTheRules() {
        // Two rows of 2 RGB pixels; row 0 Sub, row 1 Paeth, worked out by hand from the PNG spec.
        byte[] raw = {1, 10, 20, 30, 5, 5, 5, 4, 1, 1, 1, 2, 2, 2};
        PngFastReader.unfilter(raw, 7, 2, 3);
        assertArrayEquals(new byte[] {1, 10, 20, 30, 15, 25, 35, 4, 11, 21, 31, 17, 27, 37}, raw);
    }

    private static void assertImage(PixelImage expected, PixelImage actual, String what) {
        assertEquals(expected.width() + "x" + expected.height() + "x" + expected.channels(),
                actual.width() + "x" + actual.height() + "x" + actual.channels(), what);
        assertArrayEquals(expected.pixels(), actual.pixels(), what);
    }

    /** Every PNG kind the reader takes, with smooth areas, edges and noise. */
    static Map<String, BufferedImage> kinds(int w, int h) {
        Random random = new Random(42);
        Map<String, BufferedImage> kinds = new LinkedHashMap<>();
        BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage rgba = new BufferedImage(w, h, BufferedImage.TYPE_4BYTE_ABGR);
        ComponentColorModel grayAlphaModel = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY),
                true, false, Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        BufferedImage grayAlpha = new BufferedImage(grayAlphaModel,
                grayAlphaModel.createCompatibleWritableRaster(w, h), false, null);
        byte[] r = new byte[200];
        byte[] g = new byte[200];
        byte[] b = new byte[200];
        byte[] a = new byte[200];
        for (int i = 0; i < 200; i++) {
            r[i] = (byte) (i * 7);
            g[i] = (byte) (255 - i);
            b[i] = (byte) (i * 13);
            a[i] = (byte) (i < 50 ? i * 5 : 255);
        }
        BufferedImage palette = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 200, r, g, b));
        BufferedImage paletteAlpha = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 200, r, g, b, a));
        WritableRaster ga = grayAlpha.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int band = y / 20;
                int v = switch (band % 4) {
                    case 0 -> x * 255 / w;                                  // smooth: Sub
                    case 1 -> (x / 9 + y / 7) % 2 == 0 ? 30 : 220;           // edges: Up
                    case 2 -> (x * 255 / w + y * 3) & 0xFF;                  // two-way ramp: Avg/Paeth
                    default -> random.nextInt(256);                          // noise: None
                };
                int pixel = (v << 16) | (((v + x) & 0xFF) << 8) | ((v ^ y) & 0xFF);
                gray.getRaster().setSample(x, y, 0, v);
                rgb.setRGB(x, y, pixel);
                rgba.setRGB(x, y, ((x * 3 + y) & 0xFF) << 24 | pixel);
                ga.setSample(x, y, 0, v);
                ga.setSample(x, y, 1, (x + 2 * y) & 0xFF);
                palette.getRaster().setSample(x, y, 0, v % 200);
                paletteAlpha.getRaster().setSample(x, y, 0, v % 200);
            }
        }
        kinds.put("gray", gray);
        kinds.put("rgb", rgb);
        kinds.put("rgba", rgba);
        kinds.put("gray-alpha", grayAlpha);
        kinds.put("palette", palette);
        kinds.put("palette-alpha", paletteAlpha);
        return kinds;
    }

    private static byte[] interlaced(BufferedImage image) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return bytes.toByteArray();
    }
}
