package dev.lamina.data.image;

/**
 * The few facts about a JPEG that ImageIO does not expose cheaply: the number of colour components
 * and the Adobe colour transform, read by walking the marker segments up to the first scan.
 */
record JpegMarkers(int components, int adobeTransform) {

    /** No Adobe APP14 segment was found. */
    static final int NO_ADOBE = -1;
    /** Adobe transform value for CMYK stored as YCCK. */
    static final int ADOBE_YCCK = 2;

    static JpegMarkers parse(byte[] data, int length) {
        int components = 0;
        int adobe = NO_ADOBE;
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
            } else if (isStartOfFrame(marker) && payload + 6 <= length) {
                components = data[payload + 5] & 0xFF;
            } else if (marker == 0xDA) {
                break;
            }
            pos += 2 + segment;
        }
        return new JpegMarkers(components, adobe);
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
