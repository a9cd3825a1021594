// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import dev.lamina.engine.archive.ModelArchive;
import dev.lamina.engine.archive.ModelArchiveException;
import dev.lamina.engine.network.NetworkPlan;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunListeners;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * A run continued from its folder's last checkpoint: the run file as it was, the weights with the optimizer's
 * state, and the metrics of the checkpointed epochs (any recorded after the checkpoint are dropped).
 */
public final class ResumedRun implements StartedRun {

    private final PreparedRun run;
    private final RunFolder folder;
    private final MultiLayerNetwork network;
    private final List<EpochMetrics> history;

    private ResumedRun(PreparedRun run, RunFolder folder, MultiLayerNetwork network, List<EpochMetrics> history) {
        this.run = run;
        this.folder = folder;
        this.network = network;
        this.history = history;
    }

    /** Reopens {@code runFolder}; the exception says in one line why the run cannot continue. */
    public static ResumedRun open(Path runFolder) throws RunPreparationException {
        Path checkpoint = runFolder.resolve(RunLayout.CHECKPOINT);
        if (!Files.isRegularFile(checkpoint)) {
            throw new RunPreparationException(runFolder + ": no " + RunLayout.CHECKPOINT + " to resume from");
        }
        RunConfig config = RunFile.load(runFolder.resolve(RunLayout.RUN));
        PreparedRun run = RunPreparation.prepare(config);
        List<EpochMetrics> history;
        MultiLayerNetwork network;
        try {
            history = ModelArchive.readMetadata(checkpoint).history();
            network = ModelArchive.readNetwork(checkpoint, true);
        } catch (ModelArchiveException e) {
            throw new RunPreparationException(e.getMessage());
        }
        if (history.size() >= config.epochs()) {
            throw new RunPreparationException(runFolder + ": the run already finished its " + config.epochs()
                    + " epochs");
        }
        RunFolder folder;
        try {
            folder = RunFolder.reopen(runFolder, run.metadata(), config, history);
            folder.logBackend(run.backend());
        } catch (IOException e) {
            throw new RunPreparationException(runFolder + ": " + e.getMessage());
        }
        return new ResumedRun(run, folder, network, history);
    }

    @Override
    public PreparedRun run() {
        return run;
    }

    @Override
    public RunFolder folder() {
        return folder;
    }

    /** The epochs the checkpoint holds. */
    public int completedEpochs() {
        return history.size();
    }

    /** {@code Resuming runs/NAME after epoch 2 of 5}. */
    @Override
    public String description() {
        return "Resuming " + folder.folder() + " after epoch " + history.size() + " of " + run.config().epochs();
    }

    /** Trains the remaining epochs, writing the run folder and telling {@code listener} after the folder. */
    @Override
    public RunResult train(Trainer trainer, RunListener listener) {
        NetworkPlan plan = Trainer.plan(run.model(), run.settings());
        try {
            return trainer.train(plan, network, history, run.data(), run.settings(), folder,
                    RunListeners.inOrder(folder, listener));
        } catch (RuntimeException | Error e) {
            folder.failed(e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        }
    }
}
