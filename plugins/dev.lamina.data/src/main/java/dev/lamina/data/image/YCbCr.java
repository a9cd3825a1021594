// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/**
 * YCbCr → RGB for JPEGs read with {@code ImageReader.readRaster} (which skips ImageIO's own colour
 * conversion and its per-scanline copy into a {@code BufferedImage}). The arithmetic is libjpeg's
 * ({@code jdcolor.c}, 16-bit fixed point, the tables ImageIO's libjpeg uses), so the pixels are the
 * same as {@code ImageReader.read} gives. When the target is a nearest-neighbour resize, only the
 * source pixels the resize picks are converted, straight into the target image: the result equals
 * converting everything and then resizing, because the conversion works pixel by pixel.
 */
final class YCbCr {

    private static final int SCALE_BITS = 16;
    private static final int ONE_HALF = 1 << (SCALE_BITS - 1);
    private static final int[] CR_R = new int[256];
    private static final int[] CB_B = new int[256];
    private static final int[] CR_G = new int[256];
    private static final int[] CB_G = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int x = i - 128;
            CR_R[i] = (fix(1.40200) * x + ONE_HALF) >> SCALE_BITS;
            CB_B[i] = (fix(1.77200) * x + ONE_HALF) >> SCALE_BITS;
            CR_G[i] = -fix(0.71414) * x;
            CB_G[i] = -fix(0.34414) * x + ONE_HALF;
        }
    }

    private YCbCr() {
    }

    private static int fix(double v) {
        return (int) (v * (1 << SCALE_BITS) + 0.5);
    }

    /** Whether {@link #toPixels} can read this raster directly. */
    static boolean readable(Raster raster) {
        if (raster.getNumBands() != 3 || !(raster.getDataBuffer() instanceof DataBufferByte)
                || !(raster.getSampleModel() instanceof ComponentSampleModel sm)
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return false;
        }
        for (int bank : sm.getBankIndices()) {
            if (bank != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The raster's YCbCr pixels as {@code mode}; resized with nearest neighbour to
     * {@code width x height} when those are positive, else at the raster's size.
     */
    static PixelImage toPixels(Raster raster, ColorMode mode, int width, int height) {
        int srcW = raster.getWidth();
        int srcH = raster.getHeight();
        boolean resize = width > 0 && height > 0 && (width != srcW || height != srcH);
        int outW = resize ? width : srcW;
        int outH = resize ? height : srcH;
        int[] xs = resize ? Resizer.nearestIndex(srcW, outW) : identity(srcW);
        int[] ys = resize ? Resizer.nearestIndex(srcH, outH) : identity(srcH);
        ComponentSampleModel sm = (ComponentSampleModel) raster.getSampleModel();
        DataBufferByte buffer = (DataBufferByte) raster.getDataBuffer();
        byte[] data = buffer.getData();
        int base = buffer.getOffset();
        int[] offsets = sm.getBandOffsets();
        int pixelStride = sm.getPixelStride();
        int lineStride = sm.getScanlineStride();
        int oy = offsets[0];
        int ocb = offsets[1];
        int ocr = offsets[2];
        int channels = mode.channels();
        byte[] out = new byte[outW * outH * channels];
        int[] crR = CR_R;
        int[] cbB = CB_B;
        int[] crG = CR_G;
        int[] cbG = CB_G;
        int o = 0;
        for (int y = 0; y < outH; y++) {
            int row = base + ys[y] * lineStride;
            for (int x = 0; x < outW; x++) {
                int p = row + xs[x] * pixelStride;
                int luma = data[p + oy] & 0xFF;
                int cb = data[p + ocb] & 0xFF;
                int cr = data[p + ocr] & 0xFF;
                int r = clamp(luma + crR[cr]);
                int g = clamp(luma + ((cbG[cb] + crG[cr]) >> SCALE_BITS));
                int b = clamp(luma + cbB[cb]);
                if (channels == 3) {
                    out[o] = (byte) r;
                    out[o + 1] = (byte) g;
                    out[o + 2] = (byte) b;
                    o += 3;
                } else if (channels == 1) {
                    out[o++] = (byte) PixelConverter.luma(r, g, b);
                } else {
                    out[o] = (byte) r;
                    out[o + 1] = (byte) g;
                    out[o + 2] = (byte) b;
                    out[o + 3] = (byte) 255;
                    o += 4;
                }
            }
        }
        return new PixelImage(outW, outH, channels, out);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    private static int[] identity(int n) {
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        return index;
    }
}
