// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

/**
 * What a run's charts put on the x axis: epochs (batch b of epoch e of n batches at {@code e - 1 + b / n}, an
 * epoch's validation at {@code e}), steps counted over the run, or seconds since the run began.
 */
public enum XAxis {
    EPOCH, BATCH, TIME;

    /** Where {@code p} lies on this axis. */
    public double of(BatchPoint p) {
        return switch (this) {
            case EPOCH -> p.epoch() - 1 + (double) p.batch() / Math.max(1, p.batches());
            case BATCH -> p.step();
            case TIME -> p.seconds();
        };
    }

    /**
     * Where the validation of {@code epoch} lies: at the epoch's end, after {@code batches} steps per epoch, at
     * {@code endSeconds} since the run began.
     */
    public double ofEpochEnd(int epoch, int batches, double endSeconds) {
        return switch (this) {
            case EPOCH -> epoch;
            case BATCH -> (double) epoch * batches;
            case TIME -> endSeconds;
        };
    }
}
