// SPDX-License-Identifier: EPL-2.0
package dev.lamina.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.spark.api.TrainingMaster;
import org.deeplearning4j.spark.impl.multilayer.SparkDl4jMultiLayer;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.data.pipeline.Batch;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.ClassMode;
import dev.lamina.data.pipeline.EpochBatches;
import dev.lamina.data.pipeline.PipelineOptions;
import dev.lamina.engine.network.NetworkBuilder;
import dev.lamina.engine.network.NetworkPlan;
import dev.lamina.engine.run.PreparedRun;
import dev.lamina.engine.training.BatchTensors;
import dev.lamina.engine.training.Checkpoints;
import dev.lamina.engine.training.EpochEnd;
import dev.lamina.engine.training.InferenceMetrics;
import dev.lamina.engine.training.LabelEncoding;
import dev.lamina.engine.training.Trainer;
import dev.lamina.engine.training.TrainingData;
import dev.lamina.run.config.SparkMode;
import dev.lamina.run.config.SparkSettings;
import dev.lamina.run.config.TrainingSettings;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunListener.EpochReport;
import dev.lamina.run.events.RunListener.IterationProgress;
import dev.lamina.run.events.RunListener.RunStart;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.events.RunResult.Outcome;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * Trains a prepared run on Spark: the same network ({@link Trainer#plan}), the same preprocessed batches (Lamina's
 * {@link BatchPipeline}, decoded on the driver and shipped to the workers as ND4J {@link DataSet}s), the same
 * validation ({@link InferenceMetrics}), stop condition, early stopping and checkpoints as local training. Spark
 * replaces only the step that fits one epoch of batches.
 * <p>
 * Per epoch the driver reports loss and accuracy measured after the epoch over the training set in inference mode
 * (local training reports the running mean during the epoch): the workers' own per-batch figures stay on the workers.
 */
public final class SparkTrainer {

    private final JavaSparkContext context;
    private final boolean loopback;

    public SparkTrainer(JavaSparkContext context) {
        this.context = context;
        this.loopback = SparkContexts.isLoopback(context.master());
    }

    /** Trains {@code run} from its initial weights with its {@code "spark"} settings. */
    public RunResult train(PreparedRun run, Checkpoints checkpoints, RunListener listener) {
        TrainingSettings settings = run.settings();
        SparkSettings spark = run.config().sparkOrDefaults();
        NetworkPlan plan = Trainer.plan(run.model(), settings);
        MultiLayerNetwork network = NetworkBuilder.create(plan);
        TrainingData data = run.data();
        Trainer.checkFits(plan, data);
        int batch = spark.batchPerWorkerOr(settings.batchSize());
        // Gradient sharing on a local master trains the epoch as one task. DL4J M2's SharedTrainingWrapper makes the
        // first task of a stage in a JVM the trainer of every partition attached to it (one model, one thread) and
        // parks later tasks until the trainer has consumed their partition; a task that attaches after the trainer's
        // last hasNext() but before it lets go waits forever (the CI hang; docs/spark.md). One partition trains the
        // same batches without a second task. (Each task its own trainer, one after another, stopped learning after
        // the first epoch when measured.)
        int workers = spark.mode() == SparkMode.SHARING && SparkContexts.isLocal(context.master()) ? 1
                : spark.workers() == 0 ? context.defaultParallelism() : spark.workers();
        ClassMode classMode = LabelEncoding.classModeFor(plan.loss());
        PipelineOptions trainOptions = PipelineOptions.defaults()
                .withBatchSize(batch)
                .withShuffle(settings.shuffle(), settings.seed())
                .withRescale(settings.rescale())
                .withClassMode(classMode)
                .withAugmentation(settings.augmentation())
                .withThreads(settings.dataThreads());
        PipelineOptions measureOptions = trainOptions.withShuffle(false, settings.seed()).withAugmentation(null);
        TrainingMaster<?, ?> master = TrainingMasters.create(spark, workers, batch, settings.seed(), loopback,
                context.getConf().get("spark.driver.host", null));
        SparkDl4jMultiLayer sparkNetwork = new SparkDl4jMultiLayer(context, network, master);
        try (BatchPipeline training = new BatchPipeline(data.training(), trainOptions);
                BatchPipeline trainingMeasure = new BatchPipeline(data.training(), measureOptions);
                BatchPipeline validation = data.validation() == null ? null
                        : new BatchPipeline(data.validation(), measureOptions)) {
            listener.started(new RunStart(0, settings.epochs(), training.batchesPerEpoch(), data.training().size(),
                    data.validation() == null ? 0 : data.validation().size(), data.training().classNames()));
            listener.message(String.format(Locale.ROOT, "Spark %s on %s: %d worker%s, %d samples per worker batch%s",
                    spark.mode().jsonName(), context.master(), workers, workers == 1 ? "" : "s", batch,
                    switch (spark.mode()) {
                        case AVERAGING -> ", averaging every " + spark.averagingFrequency() + " batches";
                        case SHARING -> ", threshold " + spark.threshold();
                    }));
            RunResult result = epochs(sparkNetwork, plan, training, trainingMeasure, validation, workers, settings,
                    checkpoints, listener);
            listener.finished(result);
            return result;
        } finally {
            master.deleteTempFiles(context);
            TrainingMasters.release(master);
        }
    }

    private RunResult epochs(SparkDl4jMultiLayer sparkNetwork, NetworkPlan plan, BatchPipeline training,
            BatchPipeline trainingMeasure, BatchPipeline validation, int workers, TrainingSettings settings,
            Checkpoints checkpoints, RunListener listener) {
        List<EpochMetrics> done = new ArrayList<>();
        EpochEnd epochEnd = new EpochEnd(settings, done);
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            long start = System.nanoTime();
            Nd4j.getRandom().setSeed(settings.seed() * 1_000_003L + epoch);
            List<DataSet> batches = batches(training, epoch);
            long samples = batches.stream().mapToLong(DataSet::numExamples).sum();
            JavaRDD<DataSet> rdd = distribute(batches, workers);
            MultiLayerNetwork network;
            try {
                network = sparkNetwork.fit(rdd);
            } finally {
                rdd.unpersist(false);
            }
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            double[] train = InferenceMetrics.measure(network, plan.loss(), trainingMeasure);
            if (!Double.isFinite(train[0])) {
                return new RunResult(Outcome.NON_FINITE_LOSS, done, String.format(Locale.ROOT,
                        "The loss became %s at epoch %d: lower the learning rate (now %s) or check that the inputs"
                                + " are rescaled (rescale 1/255)",
                        Double.isNaN(train[0]) ? "NaN" : "infinite", epoch + 1, settings.optimizer().learningRate()));
            }
            double[] val = validation == null ? new double[] { Double.NaN, Double.NaN }
                    : InferenceMetrics.measure(network, plan.loss(), validation);
            double seconds = (System.nanoTime() - start) / 1e9;
            EpochMetrics metrics = new EpochMetrics(epoch + 1, train[0], train[1], val[0], val[1], seconds);
            done.add(metrics);
            listener.iteration(new IterationProgress(epoch + 1, batches.size(), batches.size(), train[0], train[0],
                    train[1], samples / trainSeconds, trainSeconds));
            listener.epochEnded(new EpochReport(metrics, settings.epochs(), samples / trainSeconds,
                    seconds * (settings.epochs() - epoch - 1), Pointer.physicalBytes()));

            RunResult ended = epochEnd.after(network, metrics, done, checkpoints, listener);
            if (ended != null) {
                return ended;
            }
        }
        return new RunResult(Outcome.COMPLETED, done, "Trained " + settings.epochs() + " epochs on Spark");
    }

    /**
     * The epoch's batches spread over {@code workers} partitions. A parallelized collection's tasks carry their slice
     * of the data, and the training masters run a stage per split of the epoch: behind a shuffle, those stages read
     * the shuffled blocks (which the master then caches) instead of shipping the epoch from the driver again.
     */
    private JavaRDD<DataSet> distribute(List<DataSet> batches, int workers) {
        return context.parallelize(batches, workers).repartition(workers);
    }

    /** One epoch of preprocessed, shuffled (and augmented) batches, as the local trainer would see them. */
    private static List<DataSet> batches(BatchPipeline training, int epoch) {
        List<DataSet> batches = new ArrayList<>(training.batchesPerEpoch());
        try (EpochBatches epochBatches = training.epoch(epoch)) {
            while (epochBatches.hasNext()) {
                Batch batch = epochBatches.next();
                batches.add(BatchTensors.toDataSet(batch));
                epochBatches.recycle(batch);
            }
        }
        return batches;
    }
}
