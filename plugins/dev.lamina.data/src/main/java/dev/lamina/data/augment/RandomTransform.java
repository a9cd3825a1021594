// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.augment;

/**
 * One drawn set of transform parameters; applying it is deterministic.
 *
 * @param rotationDegrees counter-clockwise rotation
 * @param shiftRows       vertical shift in pixels
 * @param shiftCols       horizontal shift in pixels
 * @param shearDegrees    shear angle
 * @param zoomRows        vertical zoom factor (below 1 zooms in)
 * @param zoomCols        horizontal zoom factor
 * @param flipHorizontal  mirror left-right
 * @param flipVertical    mirror top-bottom
 */
public record RandomTransform(double rotationDegrees, double shiftRows, double shiftCols, double shearDegrees,
        double zoomRows, double zoomCols, boolean flipHorizontal, boolean flipVertical) {

    /** The transform that changes nothing. */
    public static RandomTransform identity() {
        return new RandomTransform(0, 0, 0, 0, 1, 1, false, false);
    }

    /** Whether there is no geometric change other than flips. */
    boolean isAffineIdentity() {
        return rotationDegrees == 0 && shiftRows == 0 && shiftCols == 0 && shearDegrees == 0
                && zoomRows == 1 && zoomCols == 1;
    }
}
