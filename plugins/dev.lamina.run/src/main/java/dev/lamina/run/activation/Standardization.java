// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.activation;

/**
 * The course's way of making a feature map visible: {@code x -= mean; x /= std} (skipped when the
 * standard deviation is 0); {@code x *= 64; x += 128}; clipped to 0..255 and truncated to an integer,
 * as {@code np.clip(x, 0, 255).astype('uint8')}. Mean and (population) standard deviation are taken
 * over the one map; the arithmetic after them is in {@code float}, as numpy does for a float32 map.
 */
public final class Standardization {

    private Standardization() {
    }

    /** Mean and population standard deviation of {@code length} values from {@code offset}. */
    public record Stats(float mean, float std) {
    }

    /** The statistics used to standardise {@code values[offset .. offset + length)}. */
    public static Stats stats(float[] values, int offset, int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("no values to standardise");
        }
        double sum = 0;
        for (int i = offset; i < offset + length; i++) {
            sum += values[i];
        }
        double mean = sum / length;
        double squares = 0;
        for (int i = offset; i < offset + length; i++) {
            double d = values[i] - mean;
            squares += d * d;
        }
        return new Stats((float) mean, (float) Math.sqrt(squares / length));
    }

    /** The displayed values 0..255 for {@code values[offset .. offset + length)}. */
    public static int[] toBytes(float[] values, int offset, int length) {
        Stats stats = stats(values, offset, length);
        int[] out = new int[length];
        boolean divide = stats.std() > 0 && Float.isFinite(stats.std());
        for (int i = 0; i < length; i++) {
            float x = values[offset + i] - stats.mean();
            if (divide) {
                x /= stats.std();
            }
            x = x * 64f + 128f;
            out[i] = x > 0 ? (x >= 255f ? 255 : (int) x) : 0;
        }
        return out;
    }
}
