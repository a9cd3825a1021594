// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.augment;

/**
 * Random augmentation settings with the meaning of Keras {@code ImageDataGenerator}'s options.
 *
 * @param rotationRange    rotate by a random angle in {@code [-r, r]} degrees
 * @param widthShiftRange  shift sideways by up to this fraction of the width (or pixels, when {@code >= 1})
 * @param heightShiftRange shift up or down by up to this fraction of the height (or pixels, when {@code >= 1})
 * @param shearRange       shear by a random angle in {@code [-s, s]} degrees
 * @param zoomLow          smallest zoom factor (below 1 zooms in)
 * @param zoomHigh         largest zoom factor
 * @param horizontalFlip   mirror left-right half of the time
 * @param verticalFlip     mirror top-bottom half of the time
 * @param fillMode         how to fill points that come from outside the image
 * @param cval             the fill value (0..255) for {@link FillMode#CONSTANT}
 */
public record AugmentOptions(double rotationRange, double widthShiftRange, double heightShiftRange,
        double shearRange, double zoomLow, double zoomHigh, boolean horizontalFlip, boolean verticalFlip,
        FillMode fillMode, float cval) {

    public AugmentOptions {
        if (rotationRange < 0 || widthShiftRange < 0 || heightShiftRange < 0 || shearRange < 0) {
            throw new IllegalArgumentException("augmentation ranges must not be negative");
        }
        if (zoomLow <= 0 || zoomHigh < zoomLow) {
            throw new IllegalArgumentException("zoom range must satisfy 0 < low <= high: [" + zoomLow + ", "
                    + zoomHigh + "]");
        }
        if (fillMode == null) {
            throw new IllegalArgumentException("fill mode is required");
        }
    }

    /** No augmentation; Keras' defaults ({@code fill_mode='nearest'}, {@code cval=0}). */
    public static AugmentOptions none() {
        return new AugmentOptions(0, 0, 0, 0, 1, 1, false, false, FillMode.NEAREST, 0);
    }

    /** Whether these options can change an image at all. */
    public boolean isIdentity() {
        return rotationRange == 0 && widthShiftRange == 0 && heightShiftRange == 0 && shearRange == 0
                && zoomLow == 1 && zoomHigh == 1 && !horizontalFlip && !verticalFlip;
    }

    public AugmentOptions withRotationRange(double degrees) {
        return new AugmentOptions(degrees, widthShiftRange, heightShiftRange, shearRange, zoomLow, zoomHigh,
                horizontalFlip, verticalFlip, fillMode, cval);
    }

    public AugmentOptions withWidthShiftRange(double range) {
        return new AugmentOptions(rotationRange, range, heightShiftRange, shearRange, zoomLow, zoomHigh,
                horizontalFlip, verticalFlip, fillMode, cval);
    }

    public AugmentOptions withHeightShiftRange(double range) {
        return new AugmentOptions(rotationRange, widthShiftRange, range, shearRange, zoomLow, zoomHigh,
                horizontalFlip, verticalFlip, fillMode, cval);
    }

    public AugmentOptions withShearRange(double degrees) {
        return new AugmentOptions(rotationRange, widthShiftRange, heightShiftRange, degrees, zoomLow, zoomHigh,
                horizontalFlip, verticalFlip, fillMode, cval);
    }

    /** Keras' single-number form: zoom factors in {@code [1 - range, 1 + range]}. */
    public AugmentOptions withZoomRange(double range) {
        return withZoomRange(1 - range, 1 + range);
    }

    public AugmentOptions withZoomRange(double low, double high) {
        return new AugmentOptions(rotationRange, widthShiftRange, heightShiftRange, shearRange, low, high,
                horizontalFlip, verticalFlip, fillMode, cval);
    }

    public AugmentOptions withHorizontalFlip(boolean flip) {
        return new AugmentOptions(rotationRange, widthShiftRange, heightShiftRange, shearRange, zoomLow, zoomHigh,
                flip, verticalFlip, fillMode, cval);
    }

    public AugmentOptions withVerticalFlip(boolean flip) {
        return new AugmentOptions(rotationRange, widthShiftRange, heightShiftRange, shearRange, zoomLow, zoomHigh,
                horizontalFlip, flip, fillMode, cval);
    }

    public AugmentOptions withFillMode(FillMode mode, float constant) {
        return new AugmentOptions(rotationRange, widthShiftRange, heightShiftRange, shearRange, zoomLow, zoomHigh,
                horizontalFlip, verticalFlip, mode, constant);
    }
}
