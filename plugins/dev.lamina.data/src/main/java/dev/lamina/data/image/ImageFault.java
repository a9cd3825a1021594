// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

/** Why a file could not be used as an image. */
public enum ImageFault {
    /** The file has no bytes. */
    EMPTY,
    /** The data ends before the image does. */
    TRUNCATED,
    /** The bytes are not in any supported image format. */
    NOT_AN_IMAGE,
    /** A supported format, but the data is damaged. */
    CORRUPT,
    /** The colour model (channels, colour space) cannot be converted. */
    UNSUPPORTED_COLOR_MODEL,
    /** The header declares more pixels than the decompression-bomb limit allows. */
    TOO_MANY_PIXELS,
    /** The file could not be opened or read. */
    UNREADABLE
}
