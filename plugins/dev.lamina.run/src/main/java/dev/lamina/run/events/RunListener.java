// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.events;

import dev.lamina.run.metrics.EpochMetrics;

/**
 * Follows a training run. Called on the training thread: a view must hand the events to its own thread.
 * Every method has a no-op default so listeners implement only what they show.
 */
public interface RunListener {

    default void started(RunStart start) {
    }

    default void iteration(IterationProgress progress) {
    }

    default void epochEnded(EpochReport report) {
    }

    /** A line worth showing the user, e.g. the stop condition's message. */
    default void message(String line) {
    }

    default void finished(RunResult result) {
    }

    /**
     * @param firstEpoch        0-based epoch the run starts at (more than 0 when resumed)
     * @param epochs            total epochs planned
     * @param batchesPerEpoch   training steps per epoch
     */
    record RunStart(int firstEpoch, int epochs, int batchesPerEpoch, int trainingSamples, int validationSamples,
            java.util.List<String> classNames) {
    }

    /**
     * After each training step.
     *
     * @param epoch            1-based
     * @param batch            1-based within the epoch
     * @param loss             this step's loss
     * @param meanLoss         mean loss of the epoch so far
     * @param meanAccuracy     accuracy of the epoch so far
     * @param samplesPerSecond throughput of the epoch so far
     */
    record IterationProgress(int epoch, int batch, int batches, double loss, double meanLoss, double meanAccuracy,
            double samplesPerSecond, double epochSeconds) {
    }

    /**
     * After each epoch.
     *
     * @param etaSeconds   estimated time to the last planned epoch
     * @param memoryBytes  the process's physical memory in use
     */
    record EpochReport(EpochMetrics metrics, int epochs, double samplesPerSecond, double etaSeconds,
            long memoryBytes) {
    }
}
