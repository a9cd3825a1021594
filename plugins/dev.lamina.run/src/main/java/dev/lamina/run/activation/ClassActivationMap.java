// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.activation;

/**
 * Where a convolutional network looked when it scored a class (Grad-CAM, Selvaraju et al. 2017): the ReLU of the
 * channel-weighted sum of one conv layer's feature maps, each channel weighted by the mean gradient of the class
 * score over that map, scaled so that the strongest cell is 1.
 *
 * @param layerName   the conv layer the map was taken from (the last one)
 * @param classIndex  the class whose score was differentiated
 * @param className   that class's name
 * @param probability the model's probability for that class on this image
 * @param width       columns of the layer's feature maps
 * @param height      rows of the layer's feature maps
 * @param values      {@code height × width} values in {@code [0, 1]}, row-major; all 0 when no cell raised the
 *                    score
 */
public record ClassActivationMap(String layerName, int classIndex, String className, double probability, int width,
        int height, float[] values) {

    public ClassActivationMap {
        if (width <= 0 || height <= 0 || values.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " map needs " + (long) width * height
                    + " values, got " + values.length);
        }
    }

    /** The cell's value at column {@code x}, row {@code y}. */
    public float at(int x, int y) {
        return values[y * width + x];
    }

    /**
     * The map bilinearly sampled at a point given as fractions of the image ({@code 0..1} left to right, top to
     * bottom), cell centres lying at {@code (x + 0.5) / width}, as an image resize would place them.
     */
    public float sample(double u, double v) {
        double x = Math.clamp(u * width - 0.5, 0, width - 1);
        double y = Math.clamp(v * height - 0.5, 0, height - 1);
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(x0 + 1, width - 1);
        int y1 = Math.min(y0 + 1, height - 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
        double bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    /** The map resampled to {@code width × height} pixels, row-major. */
    public float[] resample(int toWidth, int toHeight) {
        float[] result = new float[toWidth * toHeight];
        for (int y = 0; y < toHeight; y++) {
            double v = (y + 0.5) / toHeight;
            for (int x = 0; x < toWidth; x++) {
                result[y * toWidth + x] = sample((x + 0.5) / toWidth, v);
            }
        }
        return result;
    }
}
