// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.activation;

import dev.lamina.data.image.PixelImage;

/**
 * A {@link ClassActivationMap} drawn over its image: the map resampled to the image's size, coloured with
 * {@link Viridis} and blended in proportion to the map's value, so cold regions keep the photo and hot ones turn
 * yellow. {@code lamina predict --gradcam} and the workbench's Predict view draw it alike.
 */
public final class HeatmapOverlay {

    private HeatmapOverlay() {
    }

    /**
     * @param image   the picture, gray or colour (alpha is dropped)
     * @param map     its class-activation map
     * @param opacity how much of the colour covers the hottest pixel, {@code 0..1}
     * @return an RGB image of the picture's size
     */
    public static PixelImage render(PixelImage image, ClassActivationMap map, double opacity) {
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("opacity " + opacity + " is not within 0..1");
        }
        int width = image.width();
        int height = image.height();
        float[] heat = map.resample(width, height);
        PixelImage result = PixelImage.blank(width, height, 3);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float h = heat[y * width + x];
                int colour = Viridis.rgb(Math.round(h * 255));
                double alpha = opacity * (0.35 + 0.65 * h);
                for (int c = 0; c < 3; c++) {
                    int base = image.get(x, y, image.channels() >= 3 ? c : 0);
                    int tint = (colour >> (16 - 8 * c)) & 0xFF;
                    result.set(x, y, c, (int) Math.round(base * (1 - alpha) + tint * alpha));
                }
            }
        }
        return result;
    }
}
