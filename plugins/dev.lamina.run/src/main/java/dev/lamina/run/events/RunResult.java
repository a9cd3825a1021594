// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.events;

import java.util.List;

import dev.lamina.run.metrics.EpochMetrics;

/**
 * How a run ended.
 *
 * @param outcome         why it ended
 * @param history         every epoch's metrics, including epochs of a run this one resumed
 * @param message         one line for the user
 */
public record RunResult(Outcome outcome, List<EpochMetrics> history, String message) {

    public RunResult {
        history = List.copyOf(history);
    }

    public enum Outcome {
        /** All planned epochs ran. */
        COMPLETED,
        /** The stop condition was met. */
        REACHED_TARGET,
        /** Early stopping: the watched metric stopped improving. */
        EARLY_STOPPED,
        /** The user cancelled. */
        CANCELLED,
        /** The loss became NaN or infinite. */
        NON_FINITE_LOSS,
        /** Memory ran out. */
        OUT_OF_MEMORY;

        public boolean failed() {
            return this == NON_FINITE_LOSS || this == OUT_OF_MEMORY;
        }
    }

    public int epochsCompleted() {
        return history.size();
    }

    public EpochMetrics last() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }
}
