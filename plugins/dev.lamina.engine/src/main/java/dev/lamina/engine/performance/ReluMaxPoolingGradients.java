// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * 2×2 max pooling with stride 2 over the output of a ReLU, forward and backward. The backward pass of 2×2 max pooling with stride 2 (Keras' {@code MaxPooling2D(2)}, NCHW, no padding) over the
 * output of a ReLU, with ReLU's derivative in it: each window's gradient goes to its first largest element (row by
 * row, as libnd4j's {@code maxpool2d_bp} picks it) unless the window's maximum is 0, where ReLU's derivative is 0;
 * every other element of the input's gradient is 0, the rows and columns no window covers included.
 * <p>
 * Why: libnd4j's kernel and a plain Java loop with comparisons both took about 16 ns a window (the branches on
 * comparisons of ReLU outputs, a third of them zeros, are not predictable): 97–114 ms for the horses model's first
 * pooling, {@code [16, 16, 298, 298]}, on one core. ReLU's outputs are never negative (or are {@code -0.0}), and
 * non-negative floats compare as their bits do as integers; with the sign bit cleared, this loop picks the maximum
 * and places the gradient with integer masks and no branch: 21 ms, the same gradient to the bit. The forward pass
 * takes each window's maximum the same way (libnd4j's {@code maxpool2d}: 31 ms for that layer).
 */
final class ReluMaxPoolingGradients {

    private ReluMaxPoolingGradients() {
    }

    /**
     * Whether {@link #backward} takes these arrays: {@code input} {@code [n, c, h, w]} and {@code epsilon}
     * {@code [n, c, h/2, w/2]} floats, each contiguous in C order from its offset.
     */
    static boolean takes(INDArray input, INDArray epsilon) {
        return epsilon.rank() == 4 && contiguous(epsilon) && takes(input) && epsilon.size(0) == input.size(0)
                && epsilon.size(1) == input.size(1) && epsilon.size(2) == input.size(2) / 2
                && epsilon.size(3) == input.size(3) / 2;
    }

    /** Whether {@link #forward} takes this input: {@code [n, c, h, w]} floats, contiguous in C order, h, w ≥ 2. */
    static boolean takes(INDArray input) {
        return input.rank() == 4 && contiguous(input) && input.size(2) >= 2 && input.size(3) >= 2;
    }

    /** Writes every element of {@code gradient} (C order, {@code input}'s shape); see the class comment. */
    static void backward(INDArray input, INDArray epsilon, INDArray gradient) {
        int planes = (int) (input.size(0) * input.size(1));
        int h = (int) input.size(2);
        int w = (int) input.size(3);
        int oh = h / 2;
        int ow = w / 2;
        FloatBuffer in = input.data().asNioFloat();
        FloatBuffer eps = epsilon.data().asNioFloat();
        FloatBuffer grad = gradient.data().asNioFloat();
        int inAt = (int) input.offset();
        int epsAt = (int) epsilon.offset();
        int gradAt = (int) gradient.offset();
        float[] top = new float[w];
        float[] bottom = new float[w];
        float[] e = new float[ow];
        float[] gTop = new float[w];
        float[] gBottom = new float[w];
        float[] zeros = new float[w];
        for (int p = 0; p < planes; p++) {
            int inPlane = inAt + p * h * w;
            int gradPlane = gradAt + p * h * w;
            int epsPlane = epsAt + p * oh * ow;
            for (int i = 0; i < oh; i++) {
                int row = inPlane + 2 * i * w;
                in.get(row, top, 0, w);
                in.get(row + w, bottom, 0, w);
                eps.get(epsPlane + i * ow, e, 0, ow);
                window(top, bottom, e, gTop, gBottom, ow);
                if ((w & 1) != 0) {
                    gTop[w - 1] = 0f;
                    gBottom[w - 1] = 0f;
                }
                int gradRow = gradPlane + 2 * i * w;
                grad.put(gradRow, gTop, 0, w);
                grad.put(gradRow + w, gBottom, 0, w);
            }
            if ((h & 1) != 0) {
                grad.put(gradPlane + (h - 1) * w, zeros, 0, w);
            }
        }
    }

    /**
     * The forward pass over the same windows: each window's largest element (as {@code +0.0} where it is
     * {@code -0.0}). {@code output} is {@code [n, c, h/2, w/2]}, C order; same conditions as {@link #takes}.
     */
    static void forward(INDArray input, INDArray output) {
        int planes = (int) (input.size(0) * input.size(1));
        int h = (int) input.size(2);
        int w = (int) input.size(3);
        int oh = h / 2;
        int ow = w / 2;
        FloatBuffer in = input.data().asNioFloat();
        FloatBuffer out = output.data().asNioFloat();
        int inAt = (int) input.offset();
        int outAt = (int) output.offset();
        float[] top = new float[w];
        float[] bottom = new float[w];
        float[] o = new float[ow];
        for (int p = 0; p < planes; p++) {
            int inPlane = inAt + p * h * w;
            int outPlane = outAt + p * oh * ow;
            for (int i = 0; i < oh; i++) {
                int row = inPlane + 2 * i * w;
                in.get(row, top, 0, w);
                in.get(row + w, bottom, 0, w);
                for (int j = 0; j < ow; j++) {
                    int x = 2 * j;
                    int a = Float.floatToRawIntBits(top[x]) & 0x7fffffff;
                    int b = Float.floatToRawIntBits(top[x + 1]) & 0x7fffffff;
                    int c = Float.floatToRawIntBits(bottom[x]) & 0x7fffffff;
                    int d = Float.floatToRawIntBits(bottom[x + 1]) & 0x7fffffff;
                    o[j] = Float.intBitsToFloat(Math.max(Math.max(a, b), Math.max(c, d)));
                }
                out.put(outPlane + i * ow, o, 0, ow);
            }
        }
    }

    /** One row of windows. An {@code int} mask is -1 (all bits) where its condition holds, 0 where not. */
    private static void window(float[] top, float[] bottom, float[] e, float[] gTop, float[] gBottom, int ow) {
        for (int j = 0; j < ow; j++) {
            int x = 2 * j;
            int a = Float.floatToRawIntBits(top[x]) & 0x7fffffff;
            int b = Float.floatToRawIntBits(top[x + 1]) & 0x7fffffff;
            int c = Float.floatToRawIntBits(bottom[x]) & 0x7fffffff;
            int d = Float.floatToRawIntBits(bottom[x + 1]) & 0x7fffffff;
            int bWins = (a - b) >> 31; // b > a; both in [0, 2^31), so the difference cannot overflow
            int topMax = a & ~bWins | b & bWins;
            int dWins = (c - d) >> 31;
            int bottomMax = c & ~dWins | d & dWins;
            int bottomWins = (topMax - bottomMax) >> 31;
            int max = topMax & ~bottomWins | bottomMax & bottomWins;
            int g = Float.floatToRawIntBits(e[j]) & (-max >> 31); // ReLU's derivative: 0 where the maximum is 0
            gTop[x] = Float.intBitsToFloat(g & ~bottomWins & ~bWins);
            gTop[x + 1] = Float.intBitsToFloat(g & ~bottomWins & bWins);
            gBottom[x] = Float.intBitsToFloat(g & bottomWins & ~dWins);
            gBottom[x + 1] = Float.intBitsToFloat(g & bottomWins & dWins);
        }
    }

    private static boolean contiguous(INDArray a) {
        long[] shape = a.shape();
        long[] stride = a.stride();
        return a.dataType() == DataType.FLOAT && !a.isEmpty() && stride[3] == 1 && stride[2] == shape[3]
                && stride[1] == shape[2] * shape[3] && stride[0] == shape[1] * shape[2] * shape[3]
                && a.offset() + a.length() <= Integer.MAX_VALUE
                && a.data().asNioFloat().capacity() >= a.offset() + a.length();
    }
}
