// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import dev.lamina.run.metrics.EpochMetrics;

/** Where a run keeps its checkpoints (a run folder, or memory in tests). */
public interface Checkpoints {

    /** Saves the network after {@code history.size()} epochs, updater state included. */
    void save(MultiLayerNetwork network, List<EpochMetrics> history);

    /**
     * Keeps the network's state after each epoch ({@code history.size()} epochs, optimizer state excluded) where the
     * run keeps per-epoch states; called after every epoch, before early stopping restores the best weights.
     */
    default void epochTrained(MultiLayerNetwork network, List<EpochMetrics> history) {
    }

    /** None: for runs that keep nothing. */
    Checkpoints NONE = (network, history) -> {
    };
}
