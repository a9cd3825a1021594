// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.decode;

import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.image.Resizer;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Writes benchmark images: Fashion-MNIST samples upscaled (bilinear) and tinted into colour JPEG or
 * PNG files in class folders, so decode speed can be compared on realistic photo sizes.
 *
 * <pre>
 * java -cp ... dev.lamina.benchmarks.decode.BenchmarkImages IMAGES.idx LABELS.idx OUT COUNT WIDTH HEIGHT jpeg|png
 * </pre>
 */
public final class BenchmarkImages {

    private BenchmarkImages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 7) {
            System.err.println("usage: BenchmarkImages IMAGES LABELS OUT COUNT WIDTH HEIGHT jpeg|png");
            System.exit(2);
        }
        IdxDataset data = IdxDataset.read(Path.of(args[0]), Path.of(args[1]));
        Path out = Path.of(args[2]);
        int count = Math.min(Integer.parseInt(args[3]), data.size());
        int width = Integer.parseInt(args[4]);
        int height = Integer.parseInt(args[5]);
        String format = args[6].toLowerCase(Locale.ROOT);
        String extension = format.equals("jpeg") ? "jpg" : format;
        for (int i = 0; i < count; i++) {
            PixelImage gray = Resizer.resize(data.image(i), width, height, Interpolation.BILINEAR);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            byte[] g = gray.pixels();
            int tint = i % 3;
            for (int p = 0; p < g.length; p++) {
                int v = g[p] & 0xFF;
                int x = p % width;
                int y = p / width;
                bgr[3 * p] = (byte) (tint == 0 ? v : (v * 3 / 4 + x % 64));
                bgr[3 * p + 1] = (byte) (tint == 1 ? v : (v * 3 / 4 + y % 64));
                bgr[3 * p + 2] = (byte) (tint == 2 ? v : v / 2 + 64);
            }
            Path dir = out.resolve(String.valueOf(data.label(i)));
            Files.createDirectories(dir);
            ImageIO.write(image, format, dir.resolve(String.format(Locale.ROOT, "%05d.%s", i, extension)).toFile());
        }
        System.out.println("wrote " + count + " " + width + "x" + height + " " + format + " images to " + out);
    }
}
