// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

/**
 * The few facts about a JPEG that ImageIO does not expose cheaply: the number of colour components,
 * the Adobe colour transform, and whether a JFIF header and an ICC profile are present, read by
 * walking the marker segments up to the first scan.
 */
record JpegMarkers(int components, int adobeTransform, boolean jfif, boolean icc, int width, int height) {

    /** No Adobe APP14 segment was found. */
    static final int NO_ADOBE = -1;
    /** Adobe transform value for CMYK stored as YCCK. */
    static final int ADOBE_YCCK = 2;

    static JpegMarkers parse(byte[] data, int length) {
        int components = 0;
        int width = 0;
        int height = 0;
        int adobe = NO_ADOBE;
        boolean jfif = false;
        boolean icc = false;
        int pos = 2;
        while (pos + 4 <= length) {
            if ((data[pos] & 0xFF) != 0xFF) {
                break;
            }
            int marker = data[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            int segment = ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
            int payload = pos + 4;
            if (marker == 0xEE && segment >= 14 && payload + 12 <= length
                    && data[payload] == 'A' && data[payload + 1] == 'd' && data[payload + 2] == 'o'
                    && data[payload + 3] == 'b' && data[payload + 4] == 'e') {
                adobe = data[payload + 11] & 0xFF;
            } else if (marker == 0xE0 && segment >= 7 && payload + 5 <= length && data[payload] == 'J'
                    && data[payload + 1] == 'F' && data[payload + 2] == 'I' && data[payload + 3] == 'F'
                    && data[payload + 4] == 0) {
                jfif = true;
            } else if (marker == 0xE2 && segment >= 14 && payload + 12 <= length && data[payload] == 'I'
                    && data[payload + 1] == 'C' && data[payload + 2] == 'C' && data[payload + 3] == '_') {
                icc = true;
            } else if (isStartOfFrame(marker) && payload + 6 <= length) {
                height = (data[payload + 1] & 0xFF) << 8 | (data[payload + 2] & 0xFF);
                width = (data[payload + 3] & 0xFF) << 8 | (data[payload + 4] & 0xFF);
                components = data[payload + 5] & 0xFF;
            } else if (marker == 0xDA) {
                break;
            }
            pos += 2 + segment;
        }
        return new JpegMarkers(components, adobe, jfif, icc, width, height);
    }

    /**
     * Whether libjpeg (inside ImageIO) certainly takes this file's three components for YCbCr and
     * ImageIO applies no colour profile: a JFIF file without Adobe segment or ICC profile. Only then
     * may the raw components be converted to RGB by {@link YCbCr} instead of by ImageIO.
     */
    boolean plainYCbCr() {
        return components == 3 && jfif && adobeTransform == NO_ADOBE && !icc;
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
