// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

/**
 * One training step of a run, a row of {@code iterations.csv} with its time.
 *
 * @param epoch    1-based
 * @param batch    1-based within the epoch
 * @param batches  steps per epoch
 * @param seconds  seconds since the run's first epoch began (training and validation of earlier epochs included)
 * @param loss     the step's loss
 * @param accuracy the epoch's accuracy so far
 */
public record BatchPoint(int epoch, int batch, int batches, double seconds, double loss, double accuracy) {

    /** The step's number counted over the whole run: batch b of epoch e is {@code (e - 1) * batches + b}. */
    public long step() {
        return (long) (epoch - 1) * batches + batch;
    }
}
