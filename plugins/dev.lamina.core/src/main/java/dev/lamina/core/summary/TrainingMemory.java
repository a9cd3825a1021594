// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.summary;

import dev.lamina.core.shape.Analysis;

/**
 * A rough estimate of the memory training needs, framework-neutral:
 *
 * <pre>
 * bytes = activation bytes per sample × batch size + parameter bytes × 4
 * </pre>
 *
 * where activation bytes are every layer's float32 output for one sample (what back-propagation
 * keeps), and the parameters are counted four times: the weights, their gradients and Adam's two
 * moment estimates. Framework workspaces and the data pipeline come on top.
 *
 * @param activationBytes float32 bytes of all layer outputs for one sample
 * @param parameterBytes float32 bytes of all parameters
 */
public record TrainingMemory(long activationBytes, long parameterBytes, int batchSize) {

    /** Weights, gradients and Adam's first and second moments. */
    public static final int PARAMETER_COPIES = 4;

    public static TrainingMemory of(Analysis analysis, int batchSize) {
        return new TrainingMemory(analysis.activationBytes(), analysis.parameterBytes(), batchSize);
    }

    public long activationTotal() {
        return saturatedMultiply(activationBytes, batchSize);
    }

    public long parameterTotal() {
        return saturatedMultiply(parameterBytes, PARAMETER_COPIES);
    }

    public long total() {
        long sum = activationTotal() + parameterTotal();
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** The largest batch size that fits {@code bytes}, or 0 when not even the parameters fit. */
    public long largestBatchFitting(long bytes) {
        long left = bytes - parameterTotal();
        if (left <= 0) {
            return 0;
        }
        return activationBytes == 0 ? Long.MAX_VALUE : left / activationBytes;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }
}
