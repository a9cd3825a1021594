// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import dev.lamina.engine.archive.ModelArchive;
import dev.lamina.engine.archive.ModelMetadata;
import dev.lamina.run.config.KeptEpochs;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.TrainingMetric;
import dev.lamina.run.folder.EpochState;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * The per-epoch trained states of a run folder, {@code epochs/epoch-NNN.zip} ({@link RunLayout#epochState}): each
 * written atomically after its epoch as {@code model.zip} is (no optimizer state); where run.json's
 * {@code keep_epochs} keeps only the best and the last, the others are deleted as the run goes.
 */
final class EpochStates {

    private final Path folder;
    private final ModelMetadata metadata;
    private final KeptEpochs keep;
    private final TrainingMetric earlyStoppingMonitor;

    EpochStates(Path folder, ModelMetadata metadata, RunConfig config) {
        this.folder = folder;
        this.metadata = metadata;
        this.keep = config.keepEpochs();
        this.earlyStoppingMonitor = config.earlyStopping().map(e -> e.monitor()).orElse(null);
    }

    /** Drops the states of epochs after {@code trained}: a resumed run trains them again. */
    void resumeAfter(int trained) throws IOException {
        for (EpochState state : RunLayout.epochStates(folder)) {
            if (state.epoch() > trained) {
                Files.deleteIfExists(state.file());
            }
        }
    }

    /** Writes the state after {@code history.size()} epochs and deletes the ones the setting does not keep. */
    void save(MultiLayerNetwork network, List<EpochMetrics> history) throws IOException {
        int epoch = history.size();
        ModelArchive.write(RunLayout.epochState(folder, epoch), network, metadata.withHistory(history), false);
        long bytes = network.numParams() * network.params().dataType().width();
        if (keep.keepsEvery(bytes)) {
            return;
        }
        int best = bestEpoch(history);
        for (EpochState state : RunLayout.epochStates(folder)) {
            if (state.epoch() != epoch && state.epoch() != best) {
                Files.deleteIfExists(state.file());
            }
        }
    }

    /**
     * The best epoch so far: on early stopping's monitor where the run has it, else the lowest validation loss, else
     * the lowest training loss; the earlier epoch wins a tie.
     */
    private int bestEpoch(List<EpochMetrics> history) {
        TrainingMetric metric = earlyStoppingMonitor != null ? earlyStoppingMonitor
                : Double.isNaN(history.get(history.size() - 1).valLoss()) ? TrainingMetric.LOSS
                        : TrainingMetric.VAL_LOSS;
        int best = 0;
        double bestValue = Double.NaN;
        for (EpochMetrics epoch : history) {
            double value = metric.valueIn(epoch);
            if (!Double.isNaN(value) && (Double.isNaN(bestValue)
                    || (metric.higherIsBetter() ? value > bestValue : value < bestValue))) {
                best = epoch.epoch();
                bestValue = value;
            }
        }
        return best;
    }
}
