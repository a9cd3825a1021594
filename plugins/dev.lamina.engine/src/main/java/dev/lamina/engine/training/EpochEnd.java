// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import dev.lamina.run.config.EarlyStopping;
import dev.lamina.run.config.StopCondition;
import dev.lamina.run.config.TrainingSettings;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.events.RunResult.Outcome;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * What happens after each epoch, the same for local and Spark training: the course's stop condition, Keras'
 * early stopping with its best weights, and the checkpoint. One per run.
 */
public final class EpochEnd {

    private final TrainingSettings settings;
    private final EarlyStopping stopping;
    private final EarlyStopping.Tracker tracker;
    private INDArray bestParams;

    /** For a run with {@code settings}; {@code done} are the epochs a resumed run already trained. */
    public EpochEnd(TrainingSettings settings, List<EpochMetrics> done) {
        this.settings = settings;
        this.stopping = settings.earlyStopping();
        this.tracker = stopping == null ? null : stopping.tracker();
        if (tracker != null) {
            done.forEach(tracker::update);
        }
    }

    /**
     * Records {@code metrics} (the epoch just trained, already in {@code done}), keeps the best weights, saves a
     * checkpoint when due, and returns the result that ends the run here, or {@code null} to train on.
     */
    public RunResult after(MultiLayerNetwork network, EpochMetrics metrics, List<EpochMetrics> done,
            Checkpoints checkpoints, RunListener listener) {
        checkpoints.epochTrained(network, done);
        boolean last = metrics.epoch() == settings.epochs();
        StopCondition stop = settings.stop();
        boolean reached = stop != null && stop.isMet(metrics);
        boolean early = tracker != null && tracker.update(metrics);
        if (tracker != null && stopping.restoreBestWeights() && tracker.bestEpoch() == metrics.epoch()) {
            bestParams = network.params().dup();
        }
        if (early && bestParams != null) {
            network.setParams(bestParams);
            listener.message("Restored the weights of epoch " + tracker.bestEpoch());
        }
        if (last || reached || early || metrics.epoch() % settings.checkpointEvery() == 0) {
            checkpoints.save(network, done);
        }
        if (reached) {
            listener.message(stop.message());
            return new RunResult(Outcome.REACHED_TARGET, done, stop.message());
        }
        if (early) {
            String message = "Early stopping: " + stopping.monitor().jsonName() + " has not improved for "
                    + stopping.patience() + " epochs (best " + tracker.best() + " at epoch " + tracker.bestEpoch()
                    + ")";
            listener.message(message);
            return new RunResult(Outcome.EARLY_STOPPED, done, message);
        }
        return null;
    }
}
