// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.core.layer.Dense;
import dev.lamina.core.model.Model;
import dev.lamina.data.pipeline.Batch;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.ClassMode;
import dev.lamina.data.pipeline.EpochBatches;
import dev.lamina.data.pipeline.PipelineOptions;
import dev.lamina.engine.network.ModelNotTrainableException;
import dev.lamina.engine.network.NetworkBuilder;
import dev.lamina.engine.network.NetworkPlan;
import dev.lamina.engine.performance.DirectUpdaters;
import dev.lamina.engine.performance.OneDnnHelpers;
import dev.lamina.engine.performance.Nd4jCaches;
import dev.lamina.run.config.Loss;
import dev.lamina.run.config.TrainingSettings;
import dev.lamina.run.events.RunListener.EpochReport;
import dev.lamina.run.events.RunListener.IterationProgress;
import dev.lamina.run.events.RunListener.RunStart;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult.Outcome;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * Trains a model on DL4J the way Keras's {@code fit} does: epochs of shuffled batches, training loss and accuracy
 * per epoch, validation at each epoch's end, the course's stop-at-target callback, early stopping and checkpoints.
 * One trainer runs one training at a time; {@link #cancel()} may be called from any thread and takes effect
 * before the next batch.
 */
public final class Trainer {

    private volatile boolean cancelled;

    /** Stops the run before its next batch; the run ends with {@link Outcome#CANCELLED}. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * The plan (DL4J configuration and loss) this trainer would build for the model and settings.
     *
     * @throws ModelNotTrainableException when the model or the loss cannot be trained
     */
    public static NetworkPlan plan(Model model, TrainingSettings settings) {
        Loss loss = settings.loss() != null ? settings.loss() : NetworkBuilder.plan(model, settings.seed()).loss();
        return NetworkBuilder.plan(model, loss, Updaters.of(settings.optimizer()), settings.seed());
    }

    /**
     * Checks that the output layer and loss can learn the data's classes.
     *
     * @throws ModelNotTrainableException naming the output layer, e.g. "dense_1 has 5 units but the data has 10
     *                                    classes"
     */
    public static void checkFits(NetworkPlan plan, TrainingData data) {
        Dense output = (Dense) plan.model().layer(plan.model().size() - 1);
        int classes = data.training().classNames().size();
        String mismatch = LabelEncoding.mismatch(plan.loss(), output.name(), output.units(), classes);
        if (mismatch != null) {
            throw new ModelNotTrainableException(mismatch);
        }
    }

    /** Trains a new network from its initial weights. */
    public RunResult train(Model model, TrainingData data, TrainingSettings settings, Checkpoints checkpoints,
            RunListener listener) {
        NetworkPlan plan = plan(model, settings);
        return train(plan, NetworkBuilder.create(plan), List.of(), data, settings, checkpoints, listener);
    }

    /**
     * Trains {@code network} on from the epochs in {@code history} (empty for a new run). With the same settings and
     * data, a run resumed from a checkpoint ends with the same weights as an uninterrupted one: the data order,
     * augmentation and dropout are seeded per epoch.
     */
    public RunResult train(NetworkPlan plan, MultiLayerNetwork network, List<EpochMetrics> history, TrainingData data,
            TrainingSettings settings, Checkpoints checkpoints, RunListener listener) {
        Nd4jCaches.install();
        OneDnnHelpers.enable(network);
        DirectUpdaters.install(network);
        checkFits(plan, data);
        ClassMode classMode = LabelEncoding.classModeFor(plan.loss());
        AccuracyProbe probe = new AccuracyProbe(classMode == ClassMode.BINARY);

        PipelineOptions trainOptions = trainingOptions(settings, classMode);
        PipelineOptions validationOptions = validationOptions(trainOptions);

        List<EpochMetrics> done = new ArrayList<>(history);
        try (ParallelStep step = new ParallelStep(network, null, probe);
                BatchPipeline training = new BatchPipeline(data.training(), trainOptions);
                BatchPipeline validation = data.validation() == null ? null
                        : new BatchPipeline(data.validation(), validationOptions)) {
            listener.started(new RunStart(done.size(), settings.epochs(), training.batchesPerEpoch(),
                    data.training().size(), data.validation() == null ? 0 : data.validation().size(),
                    data.training().classNames()));
            if (data.skipped() > 0) {
                listener.message("Skipped " + data.skipped() + " unusable files (see 'lamina data scan')");
            }
            RunResult result = epochs(network, step, plan, probe, training, validation, done, settings, checkpoints,
                    listener);
            listener.finished(result);
            return result;
        }
    }

    /** How the training batches of a run with these settings are made (order, rescale, augmentation). */
    public static PipelineOptions trainingOptions(TrainingSettings settings, ClassMode classMode) {
        return PipelineOptions.defaults()
                .withBatchSize(settings.batchSize())
                .withShuffle(settings.shuffle(), settings.seed())
                .withRescale(settings.rescale())
                .withClassMode(classMode)
                .withAugmentation(settings.augmentation())
                .withThreads(settings.dataThreads());
    }

    /** How the validation batches are made: the training options in order, without augmentation. */
    public static PipelineOptions validationOptions(PipelineOptions training) {
        return training.withShuffle(false, training.seed()).withAugmentation(null);
    }

    private RunResult epochs(MultiLayerNetwork network, ParallelStep parallelStep, NetworkPlan plan,
            AccuracyProbe probe, BatchPipeline training,
            BatchPipeline validation, List<EpochMetrics> done, TrainingSettings settings, Checkpoints checkpoints,
            RunListener listener) {
        EpochEnd epochEnd = new EpochEnd(settings, done);
        StepTensors tensors = new StepTensors();
        for (int epoch = done.size(); epoch < settings.epochs(); epoch++) {
            long start = System.nanoTime();
            // dropout draws from ND4J's global generator: seed it per epoch so a resumed run repeats the same draws
            Nd4j.getRandom().setSeed(settings.seed() * 1_000_003L + epoch);
            parallelStep.seed(settings.seed() * 1_000_003L + epoch);
            probe.reset();
            double lossSum = 0;
            long samples = 0;
            int batchNumber = 0;
            try (EpochBatches batches = training.epoch(epoch)) {
                while (batches.hasNext()) {
                    if (cancelled) {
                        return new RunResult(Outcome.CANCELLED, done, "Cancelled during epoch " + (epoch + 1)
                                + " after " + batchNumber + " of " + batches.batchCount() + " batches");
                    }
                    Batch batch = batches.next();
                    batchNumber++;
                    DataSet step = tensors.of(batch);
                    batches.recycle(batch); // the features now live in the off-heap copy
                    try {
                        parallelStep.fit(step);
                    } catch (OutOfMemoryError | RuntimeException e) {
                        if (!AllocationFailure.is(e)) {
                            throw e;
                        }
                        return outOfMemory(network, plan.model(), done, epoch, batchNumber, settings, checkpoints, e);
                    }
                    double loss = network.score();
                    if (!Double.isFinite(loss)) {
                        return new RunResult(Outcome.NON_FINITE_LOSS, done, String.format(Locale.ROOT,
                                "The loss became %s at epoch %d, batch %d: lower the learning rate (now %s) or check"
                                        + " that the inputs are rescaled (rescale 1/255)",
                                Double.isNaN(loss) ? "NaN" : "infinite", epoch + 1, batchNumber,
                                settings.optimizer().learningRate()));
                    }
                    lossSum += loss * batch.size();
                    samples += batch.size();
                    double seconds = (System.nanoTime() - start) / 1e9;
                    listener.iteration(new IterationProgress(epoch + 1, batchNumber, batches.batchCount(), loss,
                            lossSum / samples, probe.accuracy(), samples / seconds, seconds));
                }
            } catch (CancellationException e) {
                return new RunResult(Outcome.CANCELLED, done, "Cancelled during epoch " + (epoch + 1));
            }
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            double[] val = validation == null ? new double[] { Double.NaN, Double.NaN }
                    : validate(network, plan.loss(), validation);
            double seconds = (System.nanoTime() - start) / 1e9;
            EpochMetrics metrics = new EpochMetrics(epoch + 1, lossSum / samples, probe.accuracy(), val[0], val[1],
                    seconds);
            done.add(metrics);
            double eta = seconds * (settings.epochs() - epoch - 1);
            listener.epochEnded(new EpochReport(metrics, settings.epochs(), samples / trainSeconds, eta,
                    Pointer.physicalBytes()));

            RunResult ended = epochEnd.after(network, metrics, done, checkpoints, listener);
            if (ended != null) {
                return ended;
            }
        }
        return new RunResult(Outcome.COMPLETED, done, "Trained " + settings.epochs() + " epochs");
    }

    private static RunResult outOfMemory(MultiLayerNetwork network, Model model, List<EpochMetrics> done, int epoch,
            int batch, TrainingSettings settings, Checkpoints checkpoints, Throwable error) {
        String advice = BatchFit.advice(model, settings.batchSize(), BatchFit.usableBytes());
        String saved = "";
        try {
            if (!done.isEmpty()) {
                checkpoints.save(network, done);
                saved = "; the checkpoint after epoch " + done.size() + " is saved";
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            saved = "; saving a checkpoint failed too";
        }
        return new RunResult(Outcome.OUT_OF_MEMORY, done, "Out of memory at epoch " + (epoch + 1) + ", batch " + batch
                + " with batch size " + settings.batchSize() + ": try a smaller batch size (" + (advice.isEmpty() ? ""
                        : advice + "; ") + error.getMessage() + ")" + saved);
    }

    /** Validation loss and accuracy over the whole validation set, in inference mode. */
    private static double[] validate(MultiLayerNetwork network, Loss loss, BatchPipeline validation) {
        return InferenceMetrics.measure(network, loss, validation);
    }
}
