// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

/**
 * What an image file declares about itself, read without decoding the pixels.
 *
 * @param format     the format recognised from the file's first bytes
 * @param width      columns
 * @param height     rows
 * @param channels   channels as stored (1 gray, 2 gray+alpha, 3 colour, 4 colour+alpha or CMYK),
 *                   or 0 when the header does not say
 * @param colorModel a short description such as {@code rgb}, {@code palette}, {@code gray16} or {@code cmyk}
 */
public record ImageHeader(ImageFormat format, int width, int height, int channels, String colorModel) {

    /** {@code width * height}, as a long so that huge declared sizes do not overflow. */
    public long pixelCount() {
        return (long) width * height;
    }
}
