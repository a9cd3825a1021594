// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

/**
 * Reads the PNGs that datasets are made of (8-bit gray, gray+alpha, RGB, RGBA and palette, not
 * interlaced) in one pass each: the image data inflated with one call into one buffer, unfiltered in
 * place, and resized straight from there (only the pixels a nearest resize picks are copied). Returns null for anything
 * else, and for anything malformed, so that {@link ImageDecoder}'s ImageIO path reads or diagnoses
 * it: the pixels are the same either way (PNG is lossless), only the time differs.
 */
final class PngFastReader {

    private static final int IHDR = 0x49484452;
    private static final int PLTE = 0x504C5445;
    private static final int TRNS = 0x74524E53;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;
    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    private static final int GRAY = 0;
    private static final int RGB = 2;
    private static final int PALETTE = 3;
    private static final int GRAY_ALPHA = 4;
    private static final int RGBA = 6;

    private PngFastReader() {
    }

    /**
     * The image in {@code mode}; with a positive {@code targetWidth x targetHeight} and nearest or
     * bilinear interpolation it may come back already resized, written into {@code into} where
     * that has the size. Null when this reader declines the file.
     */
    static PixelImage read(byte[] b, int n, ColorMode mode, int targetWidth, int targetHeight,
            Interpolation interpolation, long maxPixels, NativeCodecs natives, byte[] into) {
        Layout png = Layout.parse(b, n, maxPixels);
        if (png == null || png.chunks.idatLength == 0) {
            return null;
        }
        Chunks chunks = png.chunks;
        int width = png.width;
        int height = png.height;
        int bpp = png.bpp;
        long stride = (long) width * bpp + 1;
        long rawLength = stride * height;
        if (rawLength > Integer.MAX_VALUE - 16) {
            return null;
        }
        DecodeScratch scratch = DecodeScratch.get();
        byte[] raw = scratch.pixels((int) rawLength);
        byte[] idat = chunks.idatCount == 1 ? b
                : scratch.joined(b, chunks.idatOffsets, chunks.idatLengths, chunks.idatCount, chunks.idatLength);
        int idatOffset = chunks.idatCount == 1 ? chunks.firstIdatOffset : 0;
        boolean inflated = natives != null
                ? natives.inflateZlib(idat, idatOffset, chunks.idatLength, raw, (int) rawLength)
                : scratch.inflate(idat, idatOffset, chunks.idatLength, raw, (int) rawLength);
        if (!inflated || !unfilter(raw, (int) stride, height, bpp)) {
            return null;
        }
        boolean resize = targetWidth > 0 && targetHeight > 0;
        int outW = resize && interpolation == Interpolation.NEAREST ? targetWidth : width;
        int outH = resize && interpolation == Interpolation.NEAREST ? targetHeight : height;
        PixelImage image = switch (png.colorType) {
            case PALETTE -> fromPalette(raw, (int) stride, chunks.palette, Resizer.nearestIndex(width, outW),
                    Resizer.nearestIndex(height, outH));
            case GRAY_ALPHA -> fromGrayAlpha(raw, (int) stride, Resizer.nearestIndex(width, outW),
                    Resizer.nearestIndex(height, outH));
            default -> {
                // Gray, RGB, RGBA: the unfiltered rows (behind their filter bytes) are the image.
                byte[] reuse = bpp == mode.channels() ? into : null;
                yield resize && interpolation == Interpolation.BILINEAR && bpp == mode.channels()
                        ? Resizer.bilinear(raw, 1, (int) stride, width, height, bpp, targetWidth, targetHeight)
                        : Resizer.nearest(raw, 1, (int) stride, width, height, bpp, outW, outH, reuse);
            }
        };
        return image == null ? null : PixelConverter.convert(image, mode);
    }

    /**
     * What ImageIO's header would say of a PNG this reader takes (format, size, channels and
     * colour model), from IHDR, PLTE and tRNS alone; null for any other file.
     */
    static ImageHeader header(byte[] b, int n, long maxPixels) {
        Layout png = Layout.parse(b, n, maxPixels);
        if (png == null) {
            return null;
        }
        return switch (png.colorType) {
            case GRAY -> new ImageHeader(ImageFormat.PNG, png.width, png.height, 1, "gray");
            case GRAY_ALPHA -> new ImageHeader(ImageFormat.PNG, png.width, png.height, 2, "gray+alpha");
            case RGB -> new ImageHeader(ImageFormat.PNG, png.width, png.height, 3, "rgb");
            case RGBA -> new ImageHeader(ImageFormat.PNG, png.width, png.height, 4, "rgba");
            default -> {
                // ImageIO's palette model has alpha when some entry is not opaque.
                byte[] alpha = png.chunks.palette.alpha;
                boolean translucent = false;
                for (int i = 0; alpha != null && i < alpha.length; i++) {
                    translucent |= alpha[i] != (byte) 255;
                }
                yield new ImageHeader(ImageFormat.PNG, png.width, png.height, translucent ? 4 : 3, "palette");
            }
        };
    }

    /** IHDR and the chunk walk of a PNG this reader takes. */
    private record Layout(int width, int height, int colorType, int bpp, Chunks chunks) {

        /** Null unless 8-bit, not interlaced, a known colour type, complete, tRNS only with a palette. */
        static Layout parse(byte[] b, int n, long maxPixels) {
            if (n < 8 + 25 + 12 || readLong(b, 0) != SIGNATURE || readInt(b, 12) != IHDR || readInt(b, 8) != 13) {
                return null;
            }
            int width = readInt(b, 16);
            int height = readInt(b, 20);
            int colorType = b[25] & 0xFF;
            if (width <= 0 || height <= 0 || (long) width * height > maxPixels || b[24] != 8 || b[26] != 0
                    || b[27] != 0 || b[28] != 0) {
                return null;
            }
            int bpp = switch (colorType) {
                case GRAY, PALETTE -> 1;
                case GRAY_ALPHA -> 2;
                case RGB -> 3;
                case RGBA -> 4;
                default -> -1;
            };
            Chunks chunks = bpp < 0 ? null : Chunks.walk(b, n, 8 + 25);
            if (chunks == null || colorType == PALETTE && chunks.palette == null
                    || chunks.transparencyOffset >= 0 && colorType != PALETTE) {
                return null;
            }
            return new Layout(width, height, colorType, bpp, chunks);
        }
    }

    /** Undoes the PNG row filters in place; false for an unknown filter type. */
    static boolean unfilter(byte[] raw, int stride, int height, int bpp) {
        int rowBytes = stride - 1;
        for (int y = 0; y < height; y++) {
            int d = y * stride + 1;
            int p = d - stride;
            int filter = raw[d - 1];
            switch (filter) {
                case 0 -> {
                }
                case 1 -> {
                    for (int i = bpp; i < rowBytes; i++) {
                        raw[d + i] += raw[d + i - bpp];
                    }
                }
                case 2 -> {
                    if (y > 0) {
                        for (int i = 0; i < rowBytes; i++) {
                            raw[d + i] += raw[p + i];
                        }
                    }
                }
                case 3 -> {
                    if (y == 0) {
                        for (int i = bpp; i < rowBytes; i++) {
                            raw[d + i] += (byte) ((raw[d + i - bpp] & 0xFF) >>> 1);
                        }
                    } else {
                        for (int i = 0; i < bpp; i++) {
                            raw[d + i] += (byte) ((raw[p + i] & 0xFF) >>> 1);
                        }
                        for (int i = bpp; i < rowBytes; i++) {
                            raw[d + i] += (byte) (((raw[d + i - bpp] & 0xFF) + (raw[p + i] & 0xFF)) >>> 1);
                        }
                    }
                }
                case 4 -> {
                    if (y == 0) {
                        for (int i = bpp; i < rowBytes; i++) {
                            raw[d + i] += raw[d + i - bpp];
                        }
                    } else {
                        paethRow(raw, d, p, rowBytes, bpp);
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static void paethRow(byte[] raw, int d, int p, int rowBytes, int bpp) {
        for (int i = 0; i < bpp; i++) {
            raw[d + i] += raw[p + i];
        }
        for (int i = bpp; i < rowBytes; i++) {
            int a = raw[d + i - bpp] & 0xFF;
            int b = raw[p + i] & 0xFF;
            int c = raw[p + i - bpp] & 0xFF;
            int pa = Math.abs(b - c);
            int pb = Math.abs(a - c);
            int pc = Math.abs(a + b - c - c);
            int predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
            raw[d + i] += (byte) predictor;
        }
    }

    /** Gray+alpha as RGBA (as ImageIO's path gives it): only the picked pixels. */
    private static PixelImage fromGrayAlpha(byte[] raw, int stride, int[] xs, int[] ys) {
        byte[] out = new byte[xs.length * ys.length * 4];
        int o = 0;
        for (int y : ys) {
            int row = y * stride + 1;
            for (int x : xs) {
                int s = row + 2 * x;
                byte g = raw[s];
                out[o] = g;
                out[o + 1] = g;
                out[o + 2] = g;
                out[o + 3] = raw[s + 1];
                o += 4;
            }
        }
        return new PixelImage(xs.length, ys.length, 4, out);
    }

    /** Palette indices looked up (RGB, or RGBA with a tRNS chunk); null on an index past the palette. */
    private static PixelImage fromPalette(byte[] raw, int stride, Palette palette, int[] xs, int[] ys) {
        int outW = xs.length;
        int outH = ys.length;
        int channels = palette.alpha == null ? 3 : 4;
        byte[] out = new byte[outW * outH * channels];
        byte[] rgb = palette.rgb;
        byte[] alpha = palette.alpha;
        int entries = rgb.length / 3;
        int o = 0;
        for (int y = 0; y < outH; y++) {
            int row = ys[y] * stride + 1;
            for (int x = 0; x < outW; x++) {
                int index = raw[row + xs[x]] & 0xFF;
                if (index >= entries) {
                    return null;
                }
                out[o] = rgb[3 * index];
                out[o + 1] = rgb[3 * index + 1];
                out[o + 2] = rgb[3 * index + 2];
                if (alpha != null) {
                    out[o + 3] = index < alpha.length ? alpha[index] : (byte) 255;
                    o += 4;
                } else {
                    o += 3;
                }
            }
        }
        return new PixelImage(outW, outH, channels, out);
    }

    private record Palette(byte[] rgb, byte[] alpha) {
    }

    /** Where the chunks after IHDR are; null when the file is not complete and plain. */
    private static final class Chunks {
        int idatCount;
        int idatLength;
        int firstIdatOffset = -1;
        int[] idatOffsets = new int[8];
        int[] idatLengths = new int[8];
        int paletteOffset = -1;
        int paletteLength;
        int transparencyOffset = -1;
        int transparencyLength;
        /** The palette with its tRNS alphas, once IEND is reached; null without PLTE. */
        Palette palette;

        static Chunks walk(byte[] b, int n, int pos) {
            Chunks c = new Chunks();
            boolean idatEnded = false;
            while (pos + 12 <= n) {
                int length = readInt(b, pos);
                int type = readInt(b, pos + 4);
                int data = pos + 8;
                if (length < 0 || (long) data + length + 4 > n) {
                    return null;
                }
                switch (type) {
                    case IDAT -> {
                        if (idatEnded) {
                            return null;
                        }
                        c.addIdat(data, length);
                    }
                    case PLTE -> {
                        if (length % 3 != 0 || length == 0 || length > 768 || c.idatCount > 0) {
                            return null;
                        }
                        c.paletteOffset = data;
                        c.paletteLength = length;
                    }
                    case TRNS -> {
                        c.transparencyOffset = data;
                        c.transparencyLength = length;
                    }
                    case IEND -> {
                        if (c.paletteOffset >= 0) {
                            c.palette = c.readPalette(b);
                        }
                        return c;
                    }
                    default -> {
                        if ((b[pos + 4] & 0x20) == 0) {
                            return null; // an unknown critical chunk
                        }
                    }
                }
                if (type != IDAT && c.idatCount > 0) {
                    idatEnded = true;
                }
                pos = data + length + 4;
            }
            return null; // no IEND: truncated
        }

        private void addIdat(int offset, int length) {
            if (idatCount == idatOffsets.length) {
                idatOffsets = java.util.Arrays.copyOf(idatOffsets, idatCount * 2);
                idatLengths = java.util.Arrays.copyOf(idatLengths, idatCount * 2);
            }
            if (idatCount == 0) {
                firstIdatOffset = offset;
            }
            idatOffsets[idatCount] = offset;
            idatLengths[idatCount] = length;
            idatCount++;
            idatLength += length;
        }

        private Palette readPalette(byte[] b) {
            byte[] rgb = java.util.Arrays.copyOfRange(b, paletteOffset, paletteOffset + paletteLength);
            byte[] alpha = transparencyOffset < 0 ? null
                    : java.util.Arrays.copyOfRange(b, transparencyOffset,
                            transparencyOffset + Math.min(transparencyLength, rgb.length / 3));
            return new Palette(rgb, alpha);
        }
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static long readLong(byte[] b, int at) {
        return (long) readInt(b, at) << 32 | (readInt(b, at + 4) & 0xFFFFFFFFL);
    }
}
