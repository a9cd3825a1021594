// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns whatever ImageIO decoded into interleaved 8-bit pixels in the requested {@link ColorMode},
 * following Pillow's conversions (ITU-R 601-2 luma for gray, alpha dropped for RGB) so that
 * results match Keras' {@code load_img}. Embedded colour profiles are ignored, as Pillow does.
 */
final class PixelConverter {

    private PixelConverter() {
    }

    /** Thrown when the colour model has no sensible conversion. */
    static final class UnsupportedColorModel extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedColorModel(String message) {
            super(message, null, false, false);
        }
    }

    /** A short name for the colour model, used in scan reports. */
    static String describe(ColorModel cm, int bands) {
        if (cm instanceof IndexColorModel) {
            return "palette";
        }
        String depth = cm.getComponentSize(0) > 8 ? "16" : "";
        int type = cm.getColorSpace().getType();
        if (type == ColorSpace.TYPE_CMYK) {
            return "cmyk";
        }
        if (type == ColorSpace.TYPE_GRAY) {
            return (cm.hasAlpha() ? "gray+alpha" : "gray") + depth;
        }
        if (bands == 2 && !cm.hasAlpha()) {
            return "2-channel";
        }
        return (cm.hasAlpha() ? "rgba" : "rgb") + depth;
    }

    /**
     * Converts a decoded gray (1), RGB (3) or RGBA (4 channel) image to {@code mode} with the same
     * rules as the ImageIO path: luma for gray, alpha dropped for RGB, opaque alpha added for RGBA.
     */
    static PixelImage convert(PixelImage image, ColorMode mode) {
        int from = image.channels();
        int to = mode.channels();
        if (from == to) {
            return image;
        }
        if (from != 1 && from != 3 && from != 4) {
            throw new IllegalArgumentException("cannot convert a " + from + "-channel image");
        }
        byte[] in = image.pixels();
        int pixels = image.width() * image.height();
        byte[] out = new byte[pixels * to];
        for (int p = 0, s = 0, d = 0; p < pixels; p++, s += from, d += to) {
            if (to == 1) {
                out[d] = (byte) luma(in[s] & 0xFF, in[s + 1] & 0xFF, in[s + 2] & 0xFF);
            } else if (from == 1) {
                out[d] = in[s];
                out[d + 1] = in[s];
                out[d + 2] = in[s];
                if (to == 4) {
                    out[d + 3] = (byte) 255;
                }
            } else {
                out[d] = in[s];
                out[d + 1] = in[s + 1];
                out[d + 2] = in[s + 2];
                if (to == 4) {
                    out[d + 3] = (byte) 255;
                }
            }
        }
        return new PixelImage(image.width(), image.height(), to, out);
    }

    static PixelImage convert(BufferedImage image, ColorMode mode) throws UnsupportedColorModel {
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        if (cm instanceof IndexColorModel icm) {
            return fromPalette(raster, icm, mode);
        }
        if (cm instanceof DirectColorModel) {
            return fromArgbRows(image, mode);
        }
        if (!(cm instanceof ComponentColorModel)) {
            throw new UnsupportedColorModel("unsupported colour model " + cm.getClass().getSimpleName());
        }
        int colorType = cm.getColorSpace().getType();
        int colors = cm.getNumColorComponents();
        if (colorType == ColorSpace.TYPE_CMYK && colors == 4 && raster.getNumBands() == 4) {
            return fromCmyk(raster, CmykKind.PLAIN, mode);
        }
        if (colors != 1 && colors != 3) {
            throw new UnsupportedColorModel("unsupported colour model with " + colors + " colour channels");
        }
        if (raster.getTransferType() == DataBuffer.TYPE_BYTE
                && raster.getSampleModel() instanceof ComponentSampleModel
                && raster.getDataBuffer() instanceof DataBufferByte
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
            return fromInterleavedBytes(raster, colors, cm.hasAlpha(), mode);
        }
        return fromComponentRows(raster, colors, mode);
    }

    /** How the four channels of a CMYK image are to be read. */
    enum CmykKind {
        /** Ink amounts, 255 = full ink. */
        PLAIN,
        /** Adobe's inverted CMYK, 255 = no ink. */
        ADOBE_INVERTED,
        /** Adobe YCCK: inverted CMY stored as YCbCr, then inverted K. */
        ADOBE_YCCK
    }

    static PixelImage fromCmyk(Raster raster, CmykKind kind, ColorMode mode) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int[] row = new int[w * 4];
        int[] rgba = new int[w * 4];
        PixelWriter out = new PixelWriter(w, h, mode);
        for (int y = 0; y < h; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, row);
            for (int x = 0, i = 0; x < w; x++, i += 4) {
                int c = row[i];
                int m = row[i + 1];
                int ye = row[i + 2];
                int k = row[i + 3];
                if (kind == CmykKind.ADOBE_YCCK) {
                    double luma = c;
                    double cb = m - 128.0;
                    double cr = ye - 128.0;
                    c = clamp(luma + 1.402 * cr);
                    m = clamp(luma - 0.344136 * cb - 0.714136 * cr);
                    ye = clamp(luma + 1.772 * cb);
                    k = 255 - k;
                } else if (kind == CmykKind.ADOBE_INVERTED) {
                    c = 255 - c;
                    m = 255 - m;
                    ye = 255 - ye;
                    k = 255 - k;
                }
                rgba[i] = (255 - c) * (255 - k) / 255;
                rgba[i + 1] = (255 - m) * (255 - k) / 255;
                rgba[i + 2] = (255 - ye) * (255 - k) / 255;
                rgba[i + 3] = 255;
            }
            out.writeRow(y, rgba);
        }
        return out.image();
    }

    private static int clamp(double v) {
        return v < 0 ? 0 : v > 255 ? 255 : (int) Math.round(v);
    }

    private static PixelImage fromInterleavedBytes(Raster raster, int colors, boolean alpha, ColorMode mode) {
        ComponentSampleModel sm = (ComponentSampleModel) raster.getSampleModel();
        DataBufferByte buffer = (DataBufferByte) raster.getDataBuffer();
        byte[] data = buffer.getData();
        int base = buffer.getOffset();
        int[] offsets = sm.getBandOffsets();
        int[] banks = sm.getBankIndices();
        for (int bank : banks) {
            if (bank != 0) {
                return fromComponentRows(raster, colors, mode);
            }
        }
        int pixelStride = sm.getPixelStride();
        int lineStride = sm.getScanlineStride();
        int w = raster.getWidth();
        int h = raster.getHeight();
        int outChannels = mode.channels();
        int o0 = offsets[0];
        int o1 = colors == 3 ? offsets[1] : o0;
        int o2 = colors == 3 ? offsets[2] : o0;
        int oa = alpha ? offsets[colors] : -1;
        boolean packedRgb = mode == ColorMode.RGB && colors == 3 && !alpha && pixelStride == 3
                && o0 == 0 && o1 == 1 && o2 == 2 && lineStride == w * 3;
        if (packedRgb && base == 0 && data.length == w * h * 3) {
            // Already interleaved RGB with nothing around it (8-bit RGB PNGs): the decoder's
            // array is ours alone, so it becomes the image without a copy.
            return new PixelImage(w, h, 3, data);
        }
        byte[] out = new byte[w * h * outChannels];
        if (packedRgb) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(data, base + y * lineStride, out, y * w * 3, w * 3);
            }
            return new PixelImage(w, h, 3, out);
        }
        int o = 0;
        for (int y = 0; y < h; y++) {
            int p = base + y * lineStride;
            for (int x = 0; x < w; x++, p += pixelStride) {
                switch (mode) {
                    case GRAYSCALE -> out[o++] = colors == 1 ? data[p + o0]
                            : (byte) luma(data[p + o0] & 0xFF, data[p + o1] & 0xFF, data[p + o2] & 0xFF);
                    case RGB -> {
                        out[o++] = data[p + o0];
                        out[o++] = data[p + o1];
                        out[o++] = data[p + o2];
                    }
                    case RGBA -> {
                        out[o++] = data[p + o0];
                        out[o++] = data[p + o1];
                        out[o++] = data[p + o2];
                        out[o++] = oa < 0 ? (byte) 255 : data[p + oa];
                    }
                }
            }
        }
        return new PixelImage(w, h, outChannels, out);
    }

    private static PixelImage fromComponentRows(Raster raster, int colors, ColorMode mode) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int bands = raster.getNumBands();
        boolean alpha = bands > colors;
        int[] bits = raster.getSampleModel().getSampleSize();
        int[] row = new int[w * bands];
        int[] rgba = new int[w * 4];
        PixelWriter out = new PixelWriter(w, h, mode);
        for (int y = 0; y < h; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int s = x * bands;
                int r = to8Bit(row[s], bits[0]);
                int g = colors == 3 ? to8Bit(row[s + 1], bits[1]) : r;
                int b = colors == 3 ? to8Bit(row[s + 2], bits[2]) : r;
                int a = alpha ? to8Bit(row[s + colors], bits[colors]) : 255;
                int d = x * 4;
                rgba[d] = r;
                rgba[d + 1] = g;
                rgba[d + 2] = b;
                rgba[d + 3] = a;
            }
            out.writeRow(y, rgba);
        }
        return out.image();
    }

    private static int to8Bit(int sample, int bits) {
        if (bits == 8) {
            return sample;
        }
        if (bits > 8) {
            return sample >>> (bits - 8);
        }
        return sample * 255 / ((1 << bits) - 1);
    }

    private static PixelImage fromPalette(Raster raster, IndexColorModel icm, ColorMode mode) {
        int size = icm.getMapSize();
        int[] argb = new int[size];
        icm.getRGBs(argb);
        int w = raster.getWidth();
        int h = raster.getHeight();
        int[] indices = new int[w];
        int[] rgba = new int[w * 4];
        PixelWriter out = new PixelWriter(w, h, mode);
        for (int y = 0; y < h; y++) {
            raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, indices);
            for (int x = 0; x < w; x++) {
                int index = indices[x];
                int c = index < size ? argb[index] : 0;
                unpackArgb(c, rgba, x * 4);
            }
            out.writeRow(y, rgba);
        }
        return out.image();
    }

    private static PixelImage fromArgbRows(BufferedImage image, ColorMode mode) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = new int[w];
        int[] rgba = new int[w * 4];
        PixelWriter out = new PixelWriter(w, h, mode);
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, argb, 0, w);
            for (int x = 0; x < w; x++) {
                unpackArgb(argb[x], rgba, x * 4);
            }
            out.writeRow(y, rgba);
        }
        return out.image();
    }

    private static void unpackArgb(int c, int[] rgba, int d) {
        rgba[d] = (c >>> 16) & 0xFF;
        rgba[d + 1] = (c >>> 8) & 0xFF;
        rgba[d + 2] = c & 0xFF;
        rgba[d + 3] = c >>> 24;
    }

    /** Pillow's {@code L = R*299/1000 + G*587/1000 + B*114/1000}, in its fixed-point form. */
    static int luma(int r, int g, int b) {
        return (r * 19595 + g * 38470 + b * 7471 + 0x8000) >>> 16;
    }

    /** Writes rows of RGBA ints into an image of the target colour mode. */
    private static final class PixelWriter {
        private final int width;
        private final int height;
        private final ColorMode mode;
        private final byte[] out;

        PixelWriter(int width, int height, ColorMode mode) {
            this.width = width;
            this.height = height;
            this.mode = mode;
            this.out = new byte[width * height * mode.channels()];
        }

        void writeRow(int y, int[] rgba) {
            int o = y * width * mode.channels();
            for (int x = 0, s = 0; x < width; x++, s += 4) {
                switch (mode) {
                    case GRAYSCALE -> out[o++] = (byte) luma(rgba[s], rgba[s + 1], rgba[s + 2]);
                    case RGB -> {
                        out[o++] = (byte) rgba[s];
                        out[o++] = (byte) rgba[s + 1];
                        out[o++] = (byte) rgba[s + 2];
                    }
                    case RGBA -> {
                        out[o++] = (byte) rgba[s];
                        out[o++] = (byte) rgba[s + 1];
                        out[o++] = (byte) rgba[s + 2];
                        out[o++] = (byte) rgba[s + 3];
                    }
                }
            }
        }

        PixelImage image() {
            return new PixelImage(width, height, mode.channels(), out);
        }
    }
}
