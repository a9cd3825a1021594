// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads image files (PNG, JPEG including CMYK/YCCK, BMP, GIF first frame, TIFF) into 8-bit
 * {@link PixelImage}s. Every failure is an {@link ImageReadException} naming the file and the
 * reason. The pixel count is checked from the header before any pixel is decoded.
 *
 * <p>Decoding for datasets goes through fast paths first: {@link PngFastReader} for plain 8-bit PNGs
 * and, where the platform fragment installs them, {@link NativeCodecs} (libjpeg-turbo, libdeflate).
 * They give the same pixels; whatever they decline (unusual or damaged files) goes through ImageIO,
 * which also names every problem.
 *
 * <p>Instances are thread-safe; each thread reuses its own ImageIO readers.
 */
public final class ImageDecoder {

    /** Pillow's decompression-bomb limit: {@code 1024 * 1024 * 1024 / 4 / 3} pixels. */
    public static final long DEFAULT_MAX_PIXELS = 89_478_485L;
    /** Files up to this size are read whole by {@link #probe} when they may be PNGs the fast reader takes. */
    private static final int SMALL_PROBE_BYTES = 1 << 20;

    static {
        // Decoding from memory; ImageIO's temporary-file cache only slows things down.
        ImageIO.setUseCache(false);
    }

    private static final ThreadLocal<Readers> READERS = ThreadLocal.withInitial(Readers::new);

    private final long maxPixels;
    private final NativeCodecs natives;

    /** A decoder with Pillow's pixel limit. */
    public ImageDecoder() {
        this(DEFAULT_MAX_PIXELS);
    }

    /** A decoder refusing images whose header declares more than {@code maxPixels} pixels. */
    public ImageDecoder(long maxPixels) {
        this(maxPixels, true);
    }

    /**
     * A decoder refusing images over {@code maxPixels} pixels that uses the installed
     * {@link NativeCodecs} only when {@code useNatives} is true (benchmarks and tests compare both).
     */
    public ImageDecoder(long maxPixels, boolean useNatives) {
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive: " + maxPixels);
        }
        this.maxPixels = maxPixels;
        this.natives = useNatives ? NativeCodecs.installed() : null;
    }

    /** Whether this decoder uses native codecs. */
    public boolean usesNatives() {
        return natives != null;
    }

    /** The pixel limit in force. */
    public long maxPixels() {
        return maxPixels;
    }

    /**
     * Reads the header only: format, size, channels. Fails for files that are empty, not images,
     * or declare too many pixels; a damaged body is not noticed (use {@link #verify}).
     */
    public ImageHeader probe(Path file) {
        ImageHeader small = probeSmallPng(file);
        if (small != null) {
            return small;
        }
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        ImageFormat format = checkFormat(file, head, n);
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            return readHeader(file, format, stream, null, 0);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The header of a small, complete PNG that the fast reader takes, from one read of the file (ImageIO's header
     * path costs three times that); null for anything else, which the general path reads and names.
     */
    private ImageHeader probeSmallPng(Path file) {
        DecodeScratch scratch = DecodeScratch.get();
        try {
            int length = scratch.readAtMost(file, SMALL_PROBE_BYTES);
            if (length < 0) {
                return null;
            }
            byte[] bytes = scratch.file();
            return length >= 8 && ImageFormat.sniff(bytes, length) == ImageFormat.PNG
                    ? PngFastReader.header(bytes, length, maxPixels) : null;
        } catch (IOException e) {
            return null;
        } finally {
            scratch.trim();
        }
    }

    /** Decodes the whole file to check it, returning its header. */
    public ImageHeader verify(Path file) {
        DecodeScratch scratch = DecodeScratch.get();
        try {
            int length = read(scratch, file);
            byte[] bytes = scratch.file();
            ImageFormat format = checkFormat(file, bytes, length);
            ImageHeader fast = verifyFast(format, bytes, length);
            return fast != null ? fast : decodeBytes(file, bytes, length, ColorMode.RGBA, null).header();
        } finally {
            scratch.trim();
        }
    }

    /**
     * The header of a file the fast paths decode completely, or null: a scan that verifies every
     * image then costs what decoding costs in training, and whatever the fast paths decline is
     * verified, and its problem named, by ImageIO.
     */
    private ImageHeader verifyFast(ImageFormat format, byte[] bytes, int length) {
        ImageHeader header = null;
        if (format == ImageFormat.PNG) {
            header = PngFastReader.header(bytes, length, maxPixels);
        } else if (format == ImageFormat.JPEG && natives != null) {
            JpegMarkers markers = JpegMarkers.parse(bytes, length);
            if (markers.components() == 1 || markers.components() == 3) {
                header = new ImageHeader(ImageFormat.JPEG, markers.width(), markers.height(), markers.components(),
                        markers.components() == 1 ? "gray" : "rgb");
            }
        }
        return header != null && decodeFast(format, bytes, length, ColorMode.RGB, null) != null ? header : null;
    }

    /** Decodes {@code file} and converts it to {@code mode}. */
    public PixelImage decode(Path file, ColorMode mode) {
        DecodeScratch scratch = DecodeScratch.get();
        try {
            int length = read(scratch, file); // first: reading may replace the buffer
            return decode(scratch.file(), length, file, mode);
        } finally {
            scratch.trim();
        }
    }

    /** Decodes image bytes held in memory; {@code name} is used in error messages. */
    public PixelImage decode(byte[] bytes, Path name, ColorMode mode) {
        try {
            return decode(bytes, bytes.length, name, mode);
        } finally {
            DecodeScratch.get().trim();
        }
    }

    private PixelImage decode(byte[] bytes, int length, Path name, ColorMode mode) {
        ImageFormat format = checkFormat(name, bytes, length);
        PixelImage fast = decodeFast(format, bytes, length, mode, null);
        return fast != null ? fast : decodeBytes(name, bytes, length, mode, null).image();
    }

    /**
     * Decodes {@code file}, converts it to {@code mode} and resizes it to {@code width x height}:
     * the same pixels as {@link #decode(Path, ColorMode)} followed by {@link Resizer#resize}, but
     * faster where the decoder can go straight to the target (plain YCbCr JPEGs resized with
     * nearest neighbour convert only the pixels that are picked).
     */
    public PixelImage decode(Path file, ColorMode mode, int width, int height, Interpolation interpolation) {
        return decode(file, mode, width, height, interpolation, null);
    }

    /**
     * {@link #decode(Path, ColorMode, int, int, Interpolation)}, writing the pixels into
     * {@code into} where the fast paths can (a nearest resize of a file already in {@code mode}'s
     * channels): {@code into} must then hold exactly {@code width * height * mode.channels()}
     * bytes that the caller no longer needs; the image returned may use it. Null or any other
     * length: a new array, as the other overload.
     */
    public PixelImage decode(Path file, ColorMode mode, int width, int height, Interpolation interpolation,
            byte[] into) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + width + "x" + height);
        }
        DecodeScratch scratch = DecodeScratch.get();
        try {
            int length = read(scratch, file);
            byte[] bytes = scratch.file();
            byte[] reuse = into != null && into.length == (long) width * height * mode.channels() ? into : null;
            Target target = new Target(width, height, interpolation, reuse);
            PixelImage image = decodeFast(checkFormat(file, bytes, length), bytes, length, mode, target);
            if (image == null) {
                image = decodeBytes(file, bytes, length, mode, target).image();
            }
            return Resizer.resize(image, width, height, interpolation);
        } finally {
            scratch.trim();
        }
    }

    /**
     * The fast paths: null when none applies or the file is anything but plain, in which case the
     * ImageIO path decodes it or names its problem. With a nearest {@code target} the result is
     * already resized; otherwise callers resize.
     */
    private PixelImage decodeFast(ImageFormat format, byte[] bytes, int length, ColorMode mode, Target target) {
        boolean nearest = target != null && target.interpolation() == Interpolation.NEAREST;
        if (format == ImageFormat.PNG) {
            return PngFastReader.read(bytes, length, mode, target == null ? 0 : target.width(),
                    target == null ? 0 : target.height(), target == null ? null : target.interpolation(),
                    maxPixels, natives, target == null ? null : target.into());
        }
        if (format == ImageFormat.JPEG && natives != null) {
            NativeCodecs.JpegHeader header = natives.readJpegHeader(bytes, length);
            JpegMarkers markers = JpegMarkers.parse(bytes, length);
            // The library's header must agree with the frame header found here (a reused
            // decompressor can report a previous image's size for a file without one).
            if (header == null || header.width() != markers.width() || header.height() != markers.height()
                    || markers.components() != 1 && markers.components() != 3
                    || (long) header.width() * header.height() > maxPixels
                    || header.bytes() > Integer.MAX_VALUE - 16) {
                return null;
            }
            int size = (int) header.bytes();
            boolean sameChannels = header.channels() == mode.channels();
            // A resize reads this thread's buffer; only an image kept at full size needs its own array.
            boolean resize = nearest || target != null && sameChannels;
            byte[] pixels = resize ? DecodeScratch.get().pixels(size) : new byte[size];
            if (!natives.decodeJpeg(bytes, length, header, pixels)) {
                return null;
            }
            int w = header.width();
            int h = header.height();
            int c = header.channels();
            if (nearest) {
                // Nearest picks pixels, so it commutes with the per-pixel conversion: pick first.
                return PixelConverter.convert(Resizer.nearest(pixels, 0, w * c, w, h, c, target.width(),
                        target.height(), sameChannels ? target.into() : null), mode);
            }
            if (resize) {
                return Resizer.bilinear(pixels, 0, w * c, w, h, c, target.width(), target.height());
            }
            return PixelConverter.convert(new PixelImage(w, h, c, pixels), mode);
        }
        return null;
    }

    /** A resize the decoder may fuse with decoding. */
    private record Target(int width, int height, Interpolation interpolation, byte[] into) {
    }

    /** A decoded image together with what its header declared. */
    public record Decoded(ImageHeader header, PixelImage image) {
    }

    /** Decodes {@code file} to {@code mode}, returning the header as well as the pixels. */
    public Decoded decodeWithHeader(Path file, ColorMode mode) {
        return decodeFile(file, mode);
    }

    private Decoded decodeFile(Path file, ColorMode mode) {
        DecodeScratch scratch = DecodeScratch.get();
        try {
            int length = read(scratch, file); // first: reading may replace the buffer
            return decodeBytes(file, scratch.file(), length, mode, null);
        } finally {
            scratch.trim();
        }
    }

    /** Reads {@code file} into this thread's buffer (files are read whole, once, by every path). */
    private static int read(DecodeScratch scratch, Path file) {
        try {
            return scratch.read(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Decodes and converts; with a {@code target}, the image may come back already resized to it
     * (callers resize whatever is not). The header always describes the file.
     */
    private Decoded decodeBytes(Path file, byte[] bytes, int length, ColorMode mode, Target target) {
        ImageFormat format = checkFormat(file, bytes, length);
        Readers readers = READERS.get();
        ImageReader reader = readers.reader(format, file);
        boolean readerFailed = false;
        try (ImageInputStream stream = new ByteArrayImageInputStream(bytes, length)) {
            JpegMarkers jpeg = format == ImageFormat.JPEG ? JpegMarkers.parse(bytes, length) : null;
            ImageHeader header = readHeader(file, format, stream, reader, jpeg == null ? 0 : jpeg.components());
            readers.clearWarning();
            PixelImage image;
            if (jpeg != null && jpeg.components() != 1 && jpeg.components() != 3) {
                image = decodeUnusualJpeg(file, reader, jpeg, mode);
            } else if (jpeg != null && jpeg.plainYCbCr()) {
                // The raw YCbCr samples, converted here (as libjpeg would), and for a nearest
                // resize only where the target picks: about half the time of read().
                Raster raster = reader.readRaster(0, null);
                boolean nearest = target != null && target.interpolation() == Interpolation.NEAREST;
                image = YCbCr.readable(raster)
                        ? YCbCr.toPixels(raster, mode, nearest ? target.width() : 0, nearest ? target.height() : 0)
                        : PixelConverter.convert(readAgain(reader, bytes, length), mode);
            } else {
                BufferedImage decoded = reader.read(0, reader.getDefaultReadParam());
                image = PixelConverter.convert(decoded, mode);
            }
            String warning = readers.warning();
            if (warning != null && looksTruncated(warning)) {
                throw new ImageReadException(file, ImageFault.TRUNCATED, "truncated " + label(format) + " ("
                        + warning + ")", null);
            }
            return new Decoded(header, image);
        } catch (ImageReadException e) {
            throw e;
        } catch (PixelConverter.UnsupportedColorModel e) {
            throw new ImageReadException(file, ImageFault.UNSUPPORTED_COLOR_MODEL, e.getMessage(), null);
        } catch (IOException | RuntimeException e) {
            readerFailed = true;
            throw decodeFailure(file, format, bytes, length, e);
        } finally {
            if (readerFailed) {
                readers.discard(format);
            } else {
                reader.setInput(null);
            }
        }
    }

    /** Decodes the image again with ImageIO's colour conversion (should readRaster give an odd layout). */
    private static BufferedImage readAgain(ImageReader reader, byte[] bytes, int length) throws IOException {
        try (ImageInputStream again = new ByteArrayImageInputStream(bytes, length)) {
            reader.setInput(again, true, true);
            return reader.read(0, reader.getDefaultReadParam());
        }
    }

    private PixelImage decodeUnusualJpeg(Path file, ImageReader reader, JpegMarkers jpeg, ColorMode mode)
            throws IOException {
        if (jpeg.components() != 4) {
            throw new ImageReadException(file, ImageFault.UNSUPPORTED_COLOR_MODEL,
                    "unsupported colour model: JPEG with " + jpeg.components() + " colour components", null);
        }
        // readRaster gives the samples exactly as stored; the CMYK flavour is decided here.
        Raster raster = reader.readRaster(0, null);
        PixelConverter.CmykKind kind = switch (jpeg.adobeTransform()) {
            case JpegMarkers.NO_ADOBE -> PixelConverter.CmykKind.PLAIN;
            case JpegMarkers.ADOBE_YCCK -> PixelConverter.CmykKind.ADOBE_YCCK;
            default -> PixelConverter.CmykKind.ADOBE_INVERTED;
        };
        return PixelConverter.fromCmyk(raster, kind, mode);
    }

    private ImageFormat checkFormat(Path file, byte[] head, int length) {
        if (length == 0) {
            throw new ImageReadException(file, ImageFault.EMPTY, "empty file (0 bytes)", null);
        }
        ImageFormat format = ImageFormat.sniff(head, length);
        if (format == null) {
            throw new ImageReadException(file, ImageFault.NOT_AN_IMAGE,
                    "not an image (content is not PNG, JPEG, BMP, GIF or TIFF)", null);
        }
        return format;
    }

    private ImageHeader readHeader(Path file, ImageFormat format, ImageInputStream stream, ImageReader reader,
            int jpegComponents) throws IOException {
        boolean ownReader = reader == null;
        if (ownReader) {
            reader = newReader(format, file);
        }
        try {
            reader.setInput(stream, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw headerFailure(file, format, stream, e);
            }
            long pixels = (long) width * height;
            if (width <= 0 || height <= 0) {
                throw new ImageReadException(file, ImageFault.CORRUPT, "corrupt " + label(format)
                        + ": header declares size " + width + "x" + height, null);
            }
            if (pixels > maxPixels) {
                throw new ImageReadException(file, ImageFault.TOO_MANY_PIXELS, String.format(Locale.ROOT,
                        "too many pixels: %dx%d = %,d pixels is over the limit of %,d (possible decompression bomb)",
                        width, height, pixels, maxPixels), null);
            }
            int channels = 0;
            String model = "unknown";
            if (format == ImageFormat.JPEG && jpegComponents > 0) {
                channels = jpegComponents;
                model = switch (jpegComponents) {
                    case 1 -> "gray";
                    case 3 -> "rgb";
                    case 4 -> "cmyk";
                    default -> jpegComponents + "-channel";
                };
            } else {
                ImageTypeSpecifier type = rawType(reader);
                if (type != null) {
                    channels = type.getNumBands();
                    model = PixelConverter.describe(type.getColorModel(), channels);
                    if ("palette".equals(model)) {
                        channels = type.getColorModel().hasAlpha() ? 4 : 3;
                    }
                }
            }
            return new ImageHeader(format, width, height, channels, model);
        } finally {
            if (ownReader) {
                reader.dispose();
            }
        }
    }

    private static ImageTypeSpecifier rawType(ImageReader reader) {
        try {
            ImageTypeSpecifier raw = reader.getRawImageType(0);
            if (raw != null) {
                return raw;
            }
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            return types.hasNext() ? types.next() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private ImageReadException headerFailure(Path file, ImageFormat format, ImageInputStream stream, Exception e) {
        boolean shortFile;
        try {
            shortFile = stream.length() >= 0 && stream.length() < 64;
        } catch (IOException ignored) {
            shortFile = false;
        }
        if (shortFile || hasEof(e)) {
            return new ImageReadException(file, ImageFault.TRUNCATED, "truncated " + label(format)
                    + " (header ends early)", e);
        }
        return new ImageReadException(file, ImageFault.CORRUPT, "corrupt " + label(format) + " header ("
                + message(e) + ")", e);
    }

    private ImageReadException decodeFailure(Path file, ImageFormat format, byte[] bytes, int length, Exception e) {
        if (hasEof(e) || !hasTrailer(format, bytes, length)) {
            return new ImageReadException(file, ImageFault.TRUNCATED, "truncated " + label(format)
                    + " (image data ends early)", e);
        }
        return new ImageReadException(file, ImageFault.CORRUPT, "corrupt " + label(format) + " (" + message(e) + ")", e);
    }

    /** Whether the bytes end the way a complete file of {@code format} ends. */
    static boolean hasTrailer(ImageFormat format, byte[] b, int n) {
        return switch (format) {
            case JPEG -> n >= 4 && endsWithin(b, n, 64, (byte) 0xFF, (byte) 0xD9);
            case PNG -> n >= 12 && endsWithin(b, n, 16, (byte) 'I', (byte) 'E', (byte) 'N', (byte) 'D');
            case GIF -> n >= 1 && b[n - 1] == 0x3B;
            case BMP -> n >= 6 && n >= ((b[2] & 0xFF) | (b[3] & 0xFF) << 8 | (b[4] & 0xFF) << 16 | (b[5] & 0xFF) << 24);
            case TIFF -> true;
        };
    }

    private static boolean endsWithin(byte[] b, int n, int window, byte... marker) {
        for (int start = n - marker.length; start >= Math.max(0, n - window); start--) {
            boolean match = true;
            for (int i = 0; i < marker.length && match; i++) {
                match = b[start + i] == marker[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasEof(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return true;
            }
            if (t instanceof ZipException && String.valueOf(t.getMessage()).contains("end of")) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksTruncated(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return w.contains("truncated") || w.contains("premature end") || w.contains("missing eoi");
    }

    private static String message(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String text = e.getMessage() != null ? e.getMessage() : deepest.getMessage();
        if (text == null || text.isBlank()) {
            text = deepest.getClass().getSimpleName();
        }
        return text;
    }

    private static String label(ImageFormat format) {
        return format.name();
    }

    private static ImageReadException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException && file.toString().indexOf('\uFFFD') >= 0
                || e instanceof MalformedInputException) {
            return new ImageReadException(file, ImageFault.UNREADABLE,
                    "unreadable file name (not valid in the platform encoding "
                            + System.getProperty("sun.jnu.encoding") + ")", e);
        }
        if (e instanceof NoSuchFileException) {
            return new ImageReadException(file, ImageFault.UNREADABLE, "file not found", e);
        }
        if (e instanceof AccessDeniedException) {
            return new ImageReadException(file, ImageFault.UNREADABLE, "permission denied", e);
        }
        return new ImageReadException(file, ImageFault.UNREADABLE, "cannot read file (" + message(e) + ")", e);
    }

    private static ImageReader newReader(ImageFormat format, Path file) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            throw new ImageReadException(file, ImageFault.NOT_AN_IMAGE,
                    "no " + format + " decoder in this Java runtime", null);
        }
        return readers.next();
    }

    /** One thread's readers, kept between calls because creating them is not free. */
    private static final class Readers {
        private final Map<ImageFormat, ImageReader> byFormat = new EnumMap<>(ImageFormat.class);
        private String warning;

        ImageReader reader(ImageFormat format, Path file) {
            ImageReader reader = byFormat.get(format);
            if (reader == null) {
                reader = newReader(format, file);
                reader.addIIOReadWarningListener((source, message) -> {
                    if (warning == null) {
                        warning = message;
                    }
                });
                byFormat.put(format, reader);
            }
            return reader;
        }

        /** Drops a reader after a failure, in case the failure left it in a bad state. */
        void discard(ImageFormat format) {
            ImageReader reader = byFormat.remove(format);
            if (reader != null) {
                reader.dispose();
            }
        }

        void clearWarning() {
            warning = null;
        }

        String warning() {
            return warning;
        }
    }
}
