// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import java.nio.FloatBuffer;
import java.util.Arrays;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * ReLU's derivative applied to a gradient in place, from the ReLU's output: {@code gradient[i] = 0} wherever
 * {@code output[i] <= 0}. The output is positive exactly where the input was, so this is the derivative without the
 * input.
 * <p>
 * A Java loop a block at a time (bulk copies into small arrays, a loop the JIT vectorises, a bulk copy back), like
 * {@link DirectAdamUpdater}: libnd4j's {@code relu_bp} calls a {@code std::function} per element and took 2.4× as
 * long (the horses model's first layer, {@code [16, 16, 298, 298]}: 41–43 ms against 18 ms on one core).
 */
final class ReluGradients {

    /** Floats per block: two blocks fit a core's L1 cache. */
    private static final int BLOCK = 4096;

    private ReluGradients() {
    }

    /**
     * Zeroes {@code gradient} wherever {@code output} is not positive; both float arrays of one shape, laid out
     * alike and each contiguous. Returns {@code false}, changing nothing, for anything else.
     */
    static boolean maskInPlace(INDArray output, INDArray gradient) {
        FloatBuffer out = buffer(output);
        FloatBuffer grad = buffer(gradient);
        if (out == null || grad == null || !Arrays.equals(output.shape(), gradient.shape())
                || !Arrays.equals(output.stride(), gradient.stride())) {
            return false;
        }
        int outAt = (int) output.offset();
        int gradAt = (int) gradient.offset();
        int n = (int) output.length();
        float[] o = new float[BLOCK];
        float[] g = new float[BLOCK];
        for (int start = 0; start < n; start += BLOCK) {
            int length = Math.min(BLOCK, n - start);
            out.get(outAt + start, o, 0, length);
            grad.get(gradAt + start, g, 0, length);
            for (int i = 0; i < length; i++) {
                g[i] = o[i] > 0f ? g[i] : 0f;
            }
            grad.put(gradAt + start, g, 0, length);
        }
        return true;
    }

    /**
     * The buffer under a float array whose elements lie one after another from {@code a.offset()}, or {@code null}.
     */
    private static FloatBuffer buffer(INDArray a) {
        if (a == null || a.dataType() != DataType.FLOAT || a.isEmpty()
                || a.elementWiseStride() != 1 || a.offset() + a.length() > Integer.MAX_VALUE) {
            return null;
        }
        FloatBuffer buffer = a.data().asNioFloat();
        return buffer.capacity() >= a.offset() + a.length() ? buffer : null;
    }
}
