// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.metrics;

/**
 * Turns a model's outputs into class indices. With one output per sample (a sigmoid), the class is
 * 1 when {@code p > 0.5}, else 0, as the course does; with several (a softmax), it is the index of
 * the largest output, the first one on ties ({@code numpy.argmax}).
 */
public final class Predictions {

    /** The course's threshold for one-output binary models. */
    public static final double BINARY_THRESHOLD = 0.5;

    private Predictions() {
    }

    /** The class for the outputs {@code outputs[offset .. offset + width)} of one sample. */
    public static int classOf(float[] outputs, int offset, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("a sample needs at least one output, got " + width);
        }
        if (width == 1) {
            return outputs[offset] > BINARY_THRESHOLD ? 1 : 0;
        }
        int best = 0;
        float max = outputs[offset];
        for (int i = 1; i < width; i++) {
            // NaN never wins, unlike numpy (which returns the first NaN); a NaN output is a broken model anyway.
            if (outputs[offset + i] > max || Float.isNaN(max)) {
                max = outputs[offset + i];
                best = i;
            }
        }
        return best;
    }

    /** The classes of {@code samples} samples whose outputs lie one after another in {@code outputs}. */
    public static int[] classes(float[] outputs, int samples) {
        if (samples < 1 || outputs.length % samples != 0) {
            throw new IllegalArgumentException(outputs.length + " outputs cannot be split into " + samples + " samples");
        }
        int width = outputs.length / samples;
        int[] result = new int[samples];
        for (int n = 0; n < samples; n++) {
            result[n] = classOf(outputs, n * width, width);
        }
        return result;
    }

    /** The number of classes a model with {@code outputs} outputs per sample distinguishes: 2 for one output. */
    public static int classCount(int outputs) {
        if (outputs < 1) {
            throw new IllegalArgumentException("a model needs at least one output, got " + outputs);
        }
        return outputs == 1 ? 2 : outputs;
    }
}
