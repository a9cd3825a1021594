// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

/** The smoothed training line drawn over the per-batch values. */
public final class Smoothing {

    /** TensorBoard's default weight. */
    public static final double DEFAULT_WEIGHT = 0.8;

    private Smoothing() {
    }

    /**
     * An exponential moving average with its start debiased (TensorBoard's smoothing): {@code weight} 0 keeps the
     * values, 0.99 is very smooth. A value that is not finite is passed through and does not enter the average, so
     * one NaN step does not erase the rest of the line.
     */
    public static double[] exponential(double[] values, double weight) {
        if (weight < 0 || weight >= 1) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
        }
        double[] out = new double[values.length];
        double last = 0;
        double debias = 1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                out[i] = values[i];
                continue;
            }
            last = last * weight + (1 - weight) * values[i];
            debias *= weight;
            out[i] = last / (1 - debias);
        }
        return out;
    }
}
