// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.natives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.ImageFault;
import dev.lamina.data.image.ImageReadException;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.NativeCodecs;
import dev.lamina.data.image.PixelImage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native codecs against the Java path on the same files: PNG and JPEG pixels identical to
 * the Java path's (libjpeg through ImageIO for JPEG), and every file the libraries
 * refuse must still be decoded or named by the Java path.
 */
class FfmCodecsTest {

    @TempDir
    Path dir;

    private final ImageDecoder fast = new ImageDecoder(ImageDecoder.DEFAULT_MAX_PIXELS, true);
    private final ImageDecoder java = new ImageDecoder(ImageDecoder.DEFAULT_MAX_PIXELS, false);

    @Test
    void areInstalledFromTheFragment() {
        assertInstanceOf(FfmCodecs.class, NativeCodecs.installed(), NativeCodecs.status());
        assertTrue(NativeCodecs.status().startsWith("native codecs: libdeflate"), NativeCodecs.status());
        assertTrue(fast.usesNatives());
        assertFalse(java.usesNatives());
    }

    @Test
    void inflatesExactlyAsTheJdkAndRefusesWrongLengthsAndDamage() throws Exception {
        byte[] raw = new byte[300_000];
        Random random = new Random(3);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (i % 1000 < 500 ? i / 7 : random.nextInt(256));
        }
        byte[] zlib = deflate(raw);
        byte[] out = new byte[raw.length + 10];
        NativeCodecs codecs = NativeCodecs.installed();
        assertTrue(codecs.inflateZlib(zlib, 0, zlib.length, out, raw.length));
        assertArrayEquals(raw, Arrays.copyOf(out, raw.length));
        byte[] shifted = new byte[zlib.length + 5];
        System.arraycopy(zlib, 0, shifted, 5, zlib.length);
        assertTrue(codecs.inflateZlib(shifted, 5, zlib.length, out, raw.length), "input at an offset");
        assertFalse(codecs.inflateZlib(zlib, 0, zlib.length, out, raw.length - 1), "output too short");
        assertFalse(codecs.inflateZlib(zlib, 0, zlib.length, out, raw.length + 1), "output too long");
        assertFalse(codecs.inflateZlib(zlib, 0, zlib.length / 2, out, raw.length), "truncated stream");
        byte[] damaged = zlib.clone();
        damaged[zlib.length / 3] ^= 0x5A;
        assertFalse(codecs.inflateZlib(damaged, 0, damaged.length, out, raw.length), "damaged stream");
    }

    @Test
    void slabsComeZeroedFromTheSystemAndHoldTheCache() {
        FfmCodecs codecs = (FfmCodecs) NativeCodecs.installed();
        java.nio.ByteBuffer slab = codecs.allocate(3 << 20);
        assertTrue(slab.isDirect());
        assertEquals(3 << 20, slab.capacity());
        for (int i = 0; i < slab.capacity(); i += 4093) {
            assertEquals(0, slab.get(i), "zero at " + i);
        }
        slab.put(slab.capacity() - 1, (byte) 7);
        assertEquals(7, slab.get(slab.capacity() - 1));
        assertNull(codecs.allocate(0));

        // The cache's memory tier on such slabs: every image comes back as it went in.
        try (dev.lamina.data.pipeline.DecodedImageCache cache =
                new dev.lamina.data.pipeline.DecodedImageCache(200L << 20, 0, null)) {
            Random random = new Random(9);
            List<PixelImage> images = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                byte[] pixels = new byte[300 * 300 * 3];
                random.nextBytes(pixels);
                images.add(new PixelImage(300, 300, 3, pixels));
                cache.put(i, images.get(i));
            }
            assertEquals(40, cache.memoryEntries());
            for (int i = 0; i < 40; i++) {
                assertArrayEquals(images.get(i).pixels(), cache.get(i).pixels(), "image " + i);
            }
        }
    }

    @Test
    void pngPixelsAreIdenticalWithAndWithoutNatives() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR,
                BufferedImage.TYPE_BYTE_GRAY}) {
            Path file = write("p" + type + ".png", picture(211, 157, type), "png");
            for (ColorMode mode : ColorMode.values()) {
                assertSame(java.decode(file, mode), fast.decode(file, mode), file + " " + mode);
                for (Interpolation interpolation : Interpolation.values()) {
                    assertSame(java.decode(file, mode, 100, 120, interpolation),
                            fast.decode(file, mode, 100, 120, interpolation), file + " " + mode + " " + interpolation);
                }
            }
        }
    }

    @Test
    void jpegPixelsMatchLibjpegThroughImageIo() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY}) {
            Path file = write("j" + type + ".jpg", picture(203, 151, type), "jpeg");
            NativeCodecs.JpegHeader header = NativeCodecs.installed().readJpegHeader(Files.readAllBytes(file),
                    (int) Files.size(file));
            assertNotNull(header);
            assertEquals(new NativeCodecs.JpegHeader(203, 151, type == BufferedImage.TYPE_BYTE_GRAY ? 1 : 3), header,
                    "size, and channels as stored");
            assertEquals(java.decodeWithHeader(file, ColorMode.RGB).header(), fast.verify(file), "verified header");
            for (ColorMode mode : ColorMode.values()) {
                // libjpeg 6b (ImageIO) and libjpeg-turbo share the accurate integer IDCT, fancy
                // upsampling and colour tables: the same bytes (the check allows no difference).
                assertClose(java.decode(file, mode), fast.decode(file, mode), 0, file + " " + mode);
                assertClose(java.decode(file, mode, 90, 160, Interpolation.NEAREST),
                        fast.decode(file, mode, 90, 160, Interpolation.NEAREST), 0, file + " " + mode + " nearest");
                assertClose(java.decode(file, mode, 90, 160, Interpolation.BILINEAR),
                        fast.decode(file, mode, 90, 160, Interpolation.BILINEAR), 0, file + " " + mode + " bilinear");
            }
        }
    }

    @Test
    void filesTheLibrariesRefuseAreStillNamedByTheJavaPath() throws Exception {
        byte[] jpeg = Files.readAllBytes(write("whole.jpg", picture(120, 90, BufferedImage.TYPE_3BYTE_BGR), "jpeg"));
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);
        NativeCodecs codecs = NativeCodecs.installed();
        NativeCodecs.JpegHeader header = codecs.readJpegHeader(cut, cut.length);
        assertEquals(new NativeCodecs.JpegHeader(120, 90, 3), header, "the header is whole");
        assertFalse(codecs.decodeJpeg(cut, cut.length, header, new byte[120 * 90 * 3]), "truncated JPEG declined");
        Path truncated = Files.write(dir.resolve("truncated.jpg"), cut);
        ImageReadException e = assertThrows(ImageReadException.class,
                () -> fast.decode(truncated, ColorMode.RGB, 50, 50, Interpolation.NEAREST));
        assertEquals(ImageFault.TRUNCATED, e.fault());
        assertTrue(e.getMessage().contains("truncated.jpg"), e.getMessage());
        Path headless = Files.write(dir.resolve("headless.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        ImageReadException noHeader = assertThrows(ImageReadException.class, () -> fast.decode(headless, ColorMode.RGB));
        assertTrue(noHeader.getMessage().contains("headless.jpg"), noHeader.getMessage());
        Path big = Files.write(dir.resolve("big.jpg"), jpeg);
        ImageDecoder strict = new ImageDecoder(1000, true);
        assertEquals(ImageFault.TOO_MANY_PIXELS,
                assertThrows(ImageReadException.class, () -> strict.decode(big, ColorMode.RGB)).fault());
        byte[] png = Files.readAllBytes(write("whole.png", picture(120, 90, BufferedImage.TYPE_3BYTE_BGR), "png"));
        Path brokenPng = Files.write(dir.resolve("broken.png"), Arrays.copyOf(png, png.length / 2));
        assertEquals(ImageFault.TRUNCATED, assertThrows(ImageReadException.class,
                () -> fast.decode(brokenPng, ColorMode.RGB, 50, 50, Interpolation.NEAREST)).fault());
    }

    @Test
    void decodesFromManyThreadsAtOnce() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            files.add(write("t" + i + (i % 2 == 0 ? ".png" : ".jpg"), picture(150 + i, 100 + i,
                    BufferedImage.TYPE_3BYTE_BGR), i % 2 == 0 ? "png" : "jpeg"));
        }
        List<PixelImage> expected = new ArrayList<>();
        for (Path file : files) {
            expected.add(fast.decode(file, ColorMode.RGB, 64, 64, Interpolation.NEAREST));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                int i = round % files.size();
                results.add(pool.submit(() -> Arrays.equals(expected.get(i).pixels(),
                        fast.decode(files.get(i), ColorMode.RGB, 64, 64, Interpolation.NEAREST).pixels())));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // Threads come and go with every pipeline: their freed decompressors must not disturb
        // the threads that follow (a double free or a freed handle in use would crash the JVM).
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        for (int round = 0; round < 3; round++) {
            List<Thread> threads = new ArrayList<>();
            boolean[] same = new boolean[files.size()];
            for (int i = 0; i < files.size(); i++) {
                int at = i;
                threads.add(Thread.ofPlatform().start(() -> same[at] = Arrays.equals(expected.get(at).pixels(),
                        fast.decode(files.get(at), ColorMode.RGB, 64, 64, Interpolation.NEAREST).pixels())));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            for (boolean b : same) {
                assertTrue(b);
            }
            System.gc();
            Thread.sleep(50);
        }
    }

    /** A photo-like picture: smooth gradients, hard edges, texture. */
    private static BufferedImage picture(int w, int h, int type) {
        BufferedImage image = new BufferedImage(w, h, type);
        Random random = new Random(w * 31L + h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = x * 255 / w;
                int g = (x / 16 + y / 16) % 2 == 0 ? 40 : 200;
                int b = (y * 255 / h + random.nextInt(24)) & 0xFF;
                image.setRGB(x, y, (type == BufferedImage.TYPE_4BYTE_ABGR ? ((x + y) & 0xFF) << 24 : 0xFF000000)
                        | r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    private Path write(String name, BufferedImage image, String format) throws IOException {
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(image, format, file.toFile()), "no writer for " + format);
        return file;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(6);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void assertSame(PixelImage expected, PixelImage actual, String what) {
        assertEquals(expected.width() + "x" + expected.height() + "x" + expected.channels(),
                actual.width() + "x" + actual.height() + "x" + actual.channels(), what);
        assertArrayEquals(expected.pixels(), actual.pixels(), what);
    }

    private static void assertClose(PixelImage expected, PixelImage actual, int tolerance, String what) {
        assertEquals(expected.width() + "x" + expected.height() + "x" + expected.channels(),
                actual.width() + "x" + actual.height() + "x" + actual.channels(), what);
        int worst = 0;
        byte[] e = expected.pixels();
        byte[] a = actual.pixels();
        for (int i = 0; i < e.length; i++) {
            worst = Math.max(worst, Math.abs((e[i] & 0xFF) - (a[i] & 0xFF)));
        }
        assertTrue(worst <= tolerance, what + ": largest difference " + worst + " > " + tolerance);
    }
}
