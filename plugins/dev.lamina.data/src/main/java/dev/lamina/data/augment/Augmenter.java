// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.augment;

import dev.lamina.data.image.PixelImage;

import java.util.SplittableRandom;

/**
 * Applies random Keras-style augmentation: an affine transform (rotation, shift, shear, zoom about
 * the image centre) sampled bilinearly with the chosen fill mode, then optional flips. The same seed
 * always gives the same result, whichever thread runs it. Thread-safe.
 */
public final class Augmenter {

    private final AugmentOptions options;

    /** An augmenter drawing transforms from {@code options}. */
    public Augmenter(AugmentOptions options) {
        this.options = options;
    }

    /** The options transforms are drawn from. */
    public AugmentOptions options() {
        return options;
    }

    /** Draws a transform for an image of the given size, in Keras' order of draws. */
    public RandomTransform draw(SplittableRandom random, int height, int width) {
        double theta = options.rotationRange() > 0 ? uniform(random, options.rotationRange()) : 0;
        double rows = options.heightShiftRange() > 0 ? shift(random, options.heightShiftRange(), height) : 0;
        double cols = options.widthShiftRange() > 0 ? shift(random, options.widthShiftRange(), width) : 0;
        double shear = options.shearRange() > 0 ? uniform(random, options.shearRange()) : 0;
        double zoomRows = 1;
        double zoomCols = 1;
        if (options.zoomLow() != 1 || options.zoomHigh() != 1) {
            zoomRows = options.zoomLow() + random.nextDouble() * (options.zoomHigh() - options.zoomLow());
            zoomCols = options.zoomLow() + random.nextDouble() * (options.zoomHigh() - options.zoomLow());
        }
        boolean flipH = options.horizontalFlip() && random.nextDouble() < 0.5;
        boolean flipV = options.verticalFlip() && random.nextDouble() < 0.5;
        return new RandomTransform(theta, rows, cols, shear, zoomRows, zoomCols, flipH, flipV);
    }

    private static double uniform(SplittableRandom random, double range) {
        return -range + random.nextDouble() * 2 * range;
    }

    private static double shift(SplittableRandom random, double range, int size) {
        double amount = uniform(random, range);
        return range < 1 ? amount * size : amount;
    }

    /**
     * Draws a transform from {@code seed} and writes the augmented image, times {@code scale}, into
     * {@code out} at {@code offset} in channel-first (CHW) order.
     */
    public void augment(PixelImage image, long seed, float[] out, int offset, float scale) {
        RandomTransform transform = draw(new SplittableRandom(seed), image.height(), image.width());
        apply(image, transform, out, offset, scale);
    }

    /** {@code image} transformed by {@code transform}, rounded back to 8 bits (for previews and tests). */
    public PixelImage apply(PixelImage image, RandomTransform transform) {
        int h = image.height();
        int w = image.width();
        int c = image.channels();
        float[] chw = new float[h * w * c];
        apply(image, transform, chw, 0, 1f);
        byte[] hwc = new byte[chw.length];
        for (int ch = 0; ch < c; ch++) {
            for (int p = 0; p < h * w; p++) {
                hwc[p * c + ch] = (byte) Math.max(0, Math.min(255, Math.round(chw[ch * h * w + p])));
            }
        }
        return new PixelImage(w, h, c, hwc);
    }

    /** Writes {@code image} transformed by {@code transform}, times {@code scale}, as CHW floats. */
    public void apply(PixelImage image, RandomTransform transform, float[] out, int offset, float scale) {
        int h = image.height();
        int w = image.width();
        int c = image.channels();
        byte[] in = image.pixels();
        int plane = h * w;
        if (transform.isAffineIdentity()) {
            for (int r = 0; r < h; r++) {
                int srcRow = transform.flipVertical() ? h - 1 - r : r;
                for (int col = 0; col < w; col++) {
                    int srcCol = transform.flipHorizontal() ? w - 1 - col : col;
                    int s = (srcRow * w + srcCol) * c;
                    int o = offset + r * w + col;
                    for (int ch = 0; ch < c; ch++) {
                        out[o + ch * plane] = (in[s + ch] & 0xFF) * scale;
                    }
                }
            }
            return;
        }
        double[] m = inverseMatrix(transform, h, w);
        FillMode fill = options.fillMode();
        float cval = options.cval();
        for (int r = 0; r < h; r++) {
            int outRow = transform.flipVertical() ? h - 1 - r : r;
            for (int col = 0; col < w; col++) {
                int outCol = transform.flipHorizontal() ? w - 1 - col : col;
                double srcR = m[0] * r + m[1] * col + m[2];
                double srcC = m[3] * r + m[4] * col + m[5];
                int r0 = (int) Math.floor(srcR);
                int c0 = (int) Math.floor(srcC);
                double fr = srcR - r0;
                double fc = srcC - c0;
                int ra = fill.map(r0, h);
                int rb = fill.map(r0 + 1, h);
                int ca = fill.map(c0, w);
                int cb = fill.map(c0 + 1, w);
                int o = offset + outRow * w + outCol;
                for (int ch = 0; ch < c; ch++) {
                    double top = (1 - fc) * sample(in, ra, ca, w, c, ch, cval) + fc * sample(in, ra, cb, w, c, ch, cval);
                    double bottom = (1 - fc) * sample(in, rb, ca, w, c, ch, cval)
                            + fc * sample(in, rb, cb, w, c, ch, cval);
                    out[o + ch * plane] = (float) ((1 - fr) * top + fr * bottom) * scale;
                }
            }
        }
    }

    private static float sample(byte[] in, int row, int col, int w, int c, int ch, float cval) {
        return row < 0 || col < 0 ? cval : in[(row * w + col) * c + ch] & 0xFF;
    }

    /**
     * The matrix mapping output (row, col) to input (row, col), as Keras builds it:
     * rotation · shift · shear · zoom, conjugated by a translation to the image centre.
     * Returned as the top two rows {@code [a, b, tx, c, d, ty]}.
     */
    static double[] inverseMatrix(RandomTransform t, int h, int w) {
        double theta = Math.toRadians(t.rotationDegrees());
        double shear = Math.toRadians(t.shearDegrees());
        double[][] m = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        m = multiply(m, new double[][] {
                {Math.cos(theta), -Math.sin(theta), 0}, {Math.sin(theta), Math.cos(theta), 0}, {0, 0, 1}});
        m = multiply(m, new double[][] {{1, 0, t.shiftRows()}, {0, 1, t.shiftCols()}, {0, 0, 1}});
        m = multiply(m, new double[][] {{1, -Math.sin(shear), 0}, {0, Math.cos(shear), 0}, {0, 0, 1}});
        m = multiply(m, new double[][] {{t.zoomRows(), 0, 0}, {0, t.zoomCols(), 0}, {0, 0, 1}});
        double or = h / 2.0 - 0.5;
        double oc = w / 2.0 - 0.5;
        m = multiply(new double[][] {{1, 0, or}, {0, 1, oc}, {0, 0, 1}}, m);
        m = multiply(m, new double[][] {{1, 0, -or}, {0, 1, -oc}, {0, 0, 1}});
        return new double[] {m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2]};
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] p = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    p[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return p;
    }
}
