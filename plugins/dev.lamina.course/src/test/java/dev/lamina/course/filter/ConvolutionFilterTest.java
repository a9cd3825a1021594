// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.PixelImage;
import dev.lamina.testing.FashionMnist;
import dev.lamina.testing.TestImages;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvolutionFilterTest {

    static final Path FASHION = FashionMnist.HOME;

    @TempDir
    Path dir;

    @Test
    void matchesJava2dConvolveOpWithAFlippedKernel() {
        PixelImage gray = gradient(64, 48);
        for (String text : new String[] {"-1,-2,-1;0,0,0;1,2,1", "-1,0,1;-2,0,2;-1,0,1", "0,1,0;1,-4,1;0,1,0",
                "1,2,3;4,5,6;7,8,9"}) {
            Kernel kernel = Kernel.parse(text);
            for (double weight : new double[] {1, 0.1, 0.5, -1}) {
                assertArrayEquals(viaConvolveOp(gray, kernel, weight), new ConvolutionFilter(kernel, weight).apply(gray)
                        .pixels(), text + " weight " + weight);
            }
        }
    }

    @Test
    void matchesTheCourseLoopWithItsTransposedIndexing() {
        // The course's loop: out[x, y] += img[x + a, y + b] * filter[b + 1][a + 1], x being numpy's row index.
        PixelImage gray = noise(40, 30, 7);
        double[][] filter = {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}};
        int w = gray.width();
        int h = gray.height();
        byte[] expected = gray.pixels().clone();
        for (int row = 1; row < h - 1; row++) {
            for (int col = 1; col < w - 1; col++) {
                double sum = 0;
                for (int a = -1; a <= 1; a++) {
                    for (int b = -1; b <= 1; b++) {
                        sum += gray.get(col + b, row + a, 0) * filter[b + 1][a + 1];
                    }
                }
                expected[row * w + col] = (byte) Math.max(0, Math.min(255, (int) sum));
            }
        }
        Kernel course = Kernel.of(filter);
        assertArrayEquals(expected, ConvolutionFilter.of(course.transpose()).apply(gray).pixels());
        assertFalse(java.util.Arrays.equals(expected, ConvolutionFilter.of(course).apply(gray).pixels()));
    }

    @Test
    void keepsBorderPixelsAndClips() {
        PixelImage gray = noise(20, 20, 3);
        PixelImage out = new ConvolutionFilter(Kernel.parse("1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1"), 1)
                .apply(gray);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                if (x < 2 || y < 2 || x >= 18 || y >= 18) {
                    assertEquals(gray.get(x, y, 0), out.get(x, y, 0), "border pixel " + x + "," + y);
                }
            }
        }
        PixelImage flat = flat(10, 10, 100);
        assertEquals(255, ConvolutionFilter.of(Kernel.parse("1,1,1;1,1,1;1,1,1")).apply(flat).get(5, 5, 0));
        assertEquals(0, new ConvolutionFilter(Kernel.parse("1,1,1;1,1,1;1,1,1"), -1).apply(flat).get(5, 5, 0));
        assertEquals(100, new ConvolutionFilter(Kernel.parse("1,1,1;1,1,1;1,1,1"), 1.0 / 9).apply(flat).get(5, 5, 0));
        assertEquals(33, new ConvolutionFilter(Kernel.parse("1"), 0.339).apply(flat).get(5, 5, 0), "fraction dropped");
    }

    @Test
    void stepExplainsOnePixel() {
        PixelImage gray = gradient(8, 8);
        ConvolutionFilter filter = new ConvolutionFilter(Kernel.parse("-1,-2,-1;0,0,0;1,2,1"), 0.5);
        FilterStep step = filter.stepAt(gray, 3, 4);
        assertFalse(step.border());
        assertEquals(gray.get(2, 3, 0), step.pixel(0, 0));
        assertEquals(gray.get(4, 5, 0), step.pixel(2, 2));
        assertEquals(-2.0 * gray.get(3, 3, 0), step.product(0, 1));
        double sum = 0;
        for (double p : step.products()) {
            sum += p;
        }
        assertEquals(sum, step.sum());
        assertEquals(sum * 0.5, step.weighted());
        assertEquals(filter.apply(gray).get(3, 4, 0), step.output());
        assertTrue(step.formula().startsWith("(-1*" + gray.get(2, 3, 0) + ") + (-2*"), step.formula());

        FilterStep corner = filter.stepAt(gray, 0, 0);
        assertTrue(corner.border());
        assertEquals(FilterStep.OUTSIDE, corner.pixel(0, 0));
        assertEquals(gray.get(0, 0, 0), corner.output());
        assertTrue(corner.formula().contains("kept unchanged"));
        assertThrows(IllegalArgumentException.class, () -> filter.stepAt(gray, 8, 0));
    }

    @Test
    void poolsWithFloorAndMaximum() {
        PixelImage big = noise(512, 512, 11);
        PixelImage pooled = MaxPool.apply(big, 2);
        assertEquals(256, pooled.width());
        assertEquals(256, pooled.height());
        PixelImage odd = noise(7, 5, 1);
        PixelImage p = MaxPool.apply(odd, 2);
        assertEquals(3, p.width());
        assertEquals(2, p.height());
        int max = Math.max(Math.max(odd.get(2, 2, 0), odd.get(3, 2, 0)), Math.max(odd.get(2, 3, 0), odd.get(3, 3, 0)));
        assertEquals(max, p.get(1, 1, 0));
        MaxPool.PoolStep step = MaxPool.stepAt(odd, 2, 1, 1);
        assertEquals(max, step.max());
        assertEquals(odd.get(3, 2, 0), step.window()[1]);
        assertThrows(IllegalArgumentException.class, () -> MaxPool.apply(odd, 6));
        assertThrows(IllegalArgumentException.class, () -> MaxPool.apply(odd, 0));
    }

    @Test
    void filtersARealFashionMnistImage() {
        FashionMnist.require();
        IdxDataset test = IdxDataset.read(FASHION.resolve("t10k-images-idx3-ubyte.gz"),
                FASHION.resolve("t10k-labels-idx1-ubyte.gz"));
        Kernel kernel = Kernel.parse("-1,-2,-1;0,0,0;1,2,1");
        for (int i = 0; i < 20; i++) {
            PixelImage image = test.image(i);
            PixelImage out = ConvolutionFilter.of(kernel).apply(image);
            assertArrayEquals(viaConvolveOp(image, kernel, 1), out.pixels(), "sample " + i);
            assertArrayEquals(naive(image, kernel, 1), out.pixels(), "sample " + i);
        }
        PixelImage boot = test.image(0);
        PixelImage pooled = MaxPool.apply(ConvolutionFilter.of(kernel).apply(boot), 2);
        assertEquals(14, pooled.width());
        assertTrue(sum(pooled) > 0, "a boot has horizontal edges");
    }

    @Test
    void filtersFilesEndToEnd() {
        Path in = TestImages.write(dir.resolve("in.png"), TestImages.gradient(30, 20), "png");
        Path out = dir.resolve("sub/out.png");
        ConvolutionFilter filter = ConvolutionFilter.of(Kernel.parse("-1,-2,-1;0,0,0;1,2,1"));
        PixelImage written = FilterImages.filterFile(in, out, filter, 2);
        assertEquals(15, written.width());
        assertEquals(10, written.height());
        PixelImage reread = new ImageDecoder().decode(out, ColorMode.GRAYSCALE);
        assertArrayEquals(written.pixels(), reread.pixels());
        PixelImage gray = new ImageDecoder().decode(in, ColorMode.GRAYSCALE);
        assertArrayEquals(MaxPool.apply(filter.apply(gray), 2).pixels(), reread.pixels());
    }

    @Test
    void rgbToGrayMatchesTheDecoder() {
        BufferedImage rgb = TestImages.gradient(26, 19);
        Path file = TestImages.write(dir.resolve("rgb.png"), rgb, "png");
        PixelImage asRgb = new ImageDecoder().decode(file, ColorMode.RGB);
        PixelImage asGray = new ImageDecoder().decode(file, ColorMode.GRAYSCALE);
        assertArrayEquals(asGray.pixels(), FilterImages.toGray(asRgb).pixels());
    }

    @Test
    void missingInputIsOneLineNamingTheFile() {
        Path missing = dir.resolve("nope.png");
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> FilterImages.filterFile(missing, dir.resolve("o.png"), ConvolutionFilter.of(Kernel.parse("1")), 1));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConvolutionFilter.of(Kernel.parse("1"))
                .apply(PixelImage.blank(3, 3, 3)));
    }

    /**
     * The reference: Java 2D's ConvolveOp computes a true convolution, so it gets the kernel flipped.
     * It runs on 16-bit gray, where the integer sums of these small kernels are exact and negative
     * sums wrap around (-22 comes out as 65514), so values above 32767 are read back as negative.
     */
    static byte[] viaConvolveOp(PixelImage gray, Kernel kernel, double weight) {
        int k = kernel.size();
        float[] flipped = new float[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                flipped[(k - 1 - i) * k + (k - 1 - j)] = (float) kernel.get(i, j);
            }
        }
        BufferedImage in = new BufferedImage(gray.width(), gray.height(), BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = in.getRaster();
        for (int y = 0; y < gray.height(); y++) {
            for (int x = 0; x < gray.width(); x++) {
                raster.setSample(x, y, 0, gray.get(x, y, 0));
            }
        }
        ConvolveOp op = new ConvolveOp(new java.awt.image.Kernel(k, k, flipped), ConvolveOp.EDGE_NO_OP, null);
        Raster out = op.filter(in, null).getRaster();
        byte[] result = new byte[gray.width() * gray.height()];
        int r = k / 2;
        for (int y = 0; y < gray.height(); y++) {
            for (int x = 0; x < gray.width(); x++) {
                boolean border = x < r || y < r || x >= gray.width() - r || y >= gray.height() - r;
                result[y * gray.width() + x] = (byte) (border ? gray.get(x, y, 0)
                        : clip(signed16(out.getSample(x, y, 0)) * weight));
            }
        }
        return result;
    }

    private static int signed16(int sample) {
        return sample > 32767 ? sample - 65536 : sample;
    }

    private static int clip(double value) {
        return value <= 0 ? 0 : value >= 255 ? 255 : (int) value;
    }

    /** A second reference: a naive loop over the transposed index, kernel read as kernel[j][i]. */
    static byte[] naive(PixelImage gray, Kernel kernel, double weight) {
        Kernel t = kernel.transpose();
        int r = kernel.radius();
        byte[] result = gray.pixels().clone();
        for (int x = r; x < gray.width() - r; x++) {
            for (int y = r; y < gray.height() - r; y++) {
                double sum = 0;
                for (int dx = -r; dx <= r; dx++) {
                    for (int dy = -r; dy <= r; dy++) {
                        sum += t.get(dx + r, dy + r) * gray.get(x + dx, y + dy, 0);
                    }
                }
                double v = sum * weight;
                result[y * gray.width() + x] = (byte) (v <= 0 ? 0 : v >= 255 ? 255 : (int) v);
            }
        }
        return result;
    }

    static PixelImage gradient(int w, int h) {
        PixelImage image = PixelImage.blank(w, h, 1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.set(x, y, 0, Math.min(255, 3 * x + 2 * y + (x * y) % 17));
            }
        }
        return image;
    }

    static PixelImage noise(int w, int h, long seed) {
        byte[] pixels = new byte[w * h];
        new Random(seed).nextBytes(pixels);
        return new PixelImage(w, h, 1, pixels);
    }

    static PixelImage flat(int w, int h, int value) {
        PixelImage image = PixelImage.blank(w, h, 1);
        java.util.Arrays.fill(image.pixels(), (byte) value);
        return image;
    }

    private static long sum(PixelImage image) {
        long total = 0;
        for (byte b : image.pixels()) {
            total += b & 0xFF;
        }
        return total;
    }
}
