// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.training;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.deeplearning4j.datasets.iterator.AsyncDataSetIterator;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.Model;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.pipeline.Batch;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.ClassMode;
import dev.lamina.data.pipeline.EpochBatches;
import dev.lamina.data.pipeline.PipelineOptions;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.data.pipeline.Subset;
import dev.lamina.engine.network.NetworkBuilder;
import dev.lamina.engine.network.NetworkPlan;
import dev.lamina.engine.performance.DirectUpdaters;
import dev.lamina.engine.performance.OneDnnHelpers;
import dev.lamina.engine.performance.Nd4jCaches;
import dev.lamina.engine.training.Checkpoints;
import dev.lamina.engine.training.Trainer;
import dev.lamina.engine.training.TrainingData;
import dev.lamina.run.config.Loss;
import dev.lamina.run.config.TrainingSettings;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;

/**
 * One epoch of Fashion-MNIST on the course's MNIST model ({@link CourseModels#mnistSingleConv()}, Adam 1e-3, batch
 * 32, sparse categorical cross-entropy, pixels rescaled by 1/255), either through Lamina's {@link Trainer} or as a
 * plain DL4J {@code net.fit(iterator)} over the same batches materialised beforehand. Prints one {@code RESULT}
 * line: images/s, epoch seconds, test accuracy on the 10k test set, peak RSS. Used by
 * {@code benchmarks/training/run}, which runs it and the PyTorch peer alternately; this class asserts nothing.
 *
 * <pre>
 * TrainingBenchmark lamina|dl4j [--count N] [--data DIR] [--seed S] [--cache none|host|device|plan]
 *                   [--workspace enabled|none|plan] [--iterator existing|async] [--prefetch N]
 * </pre>
 *
 * oneDNN helpers: on unless {@code -Dlamina.onednn.helpers=false}; the DL4J baseline gets exactly what
 * {@link Trainer} gives Lamina's network, so the two differ only in the training loop.
 */
public final class TrainingBenchmark {


    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !(args[0].equals("lamina") || args[0].equals("dl4j"))) {
            System.err.println("usage: TrainingBenchmark lamina|dl4j [--count N] [--data DIR] [--seed S]"
                    + " [--cache none|host|device|plan] [--workspace enabled|none|plan]"
                    + " [--iterator existing|async] [--prefetch N]");
            System.exit(64);
        }
        String engine = args[0];
        int count = 60_000;
        int batch = 32;
        Path data = Path.of("/usr/share/datasets/fashion-mnist");
        long seed = 0;
        String cache = "plan";
        String workspace = "plan";
        String iterator = "async";
        int prefetch = 2;
        for (int i = 1; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--data" -> data = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--cache" -> cache = value;
                case "--workspace" -> workspace = value;
                case "--iterator" -> iterator = value;
                case "--prefetch" -> prefetch = Integer.parseInt(value);
                default -> {
                    System.err.println("TrainingBenchmark: unknown option " + args[i]);
                    System.exit(64);
                }
            }
        }

        SampleSource train = Subset.first(IdxDataset.read(data.resolve("train-images-idx3-ubyte.gz"),
                data.resolve("train-labels-idx1-ubyte.gz")), count);
        SampleSource test = IdxDataset.read(data.resolve("t10k-images-idx3-ubyte.gz"),
                data.resolve("t10k-labels-idx1-ubyte.gz"));

        Model model = CourseModels.mnistSingleConv();
        TrainingSettings settings = TrainingSettings.defaults(1).withBatchSize(batch).withRescale(1f / 255)
                .withSeed(seed).withLoss(Loss.SPARSE_CATEGORICAL_CROSSENTROPY);
        NetworkPlan plan = Trainer.plan(model, settings);
        MultiLayerConfiguration configuration = plan.configuration();
        if (!workspace.equals("plan")) {
            WorkspaceMode mode = WorkspaceMode.valueOf(workspace.toUpperCase(Locale.ROOT));
            configuration.setTrainingWorkspaceMode(mode);
            configuration.setInferenceWorkspaceMode(mode);
        }
        MultiLayerNetwork network = NetworkBuilder.create(plan);
        if (!cache.equals("plan")) {
            network.setCacheMode(CacheMode.valueOf(cache.toUpperCase(Locale.ROOT)));
        }

        double seconds;
        int helpers;
        long cpuStart = cpuNanos();
        if (engine.equals("lamina")) {
            cpuStart = cpuNanos();
            long start = System.nanoTime();
            RunResult result = new Trainer().train(plan, network, List.of(), new TrainingData(train, null, 0),
                    settings, Checkpoints.NONE, new RunListener() {
                    });
            seconds = (System.nanoTime() - start) / 1e9;
            if (result.outcome() != RunResult.Outcome.COMPLETED) {
                System.err.println("TrainingBenchmark: the run ended " + result.outcome() + ": " + result.message());
                System.exit(1);
            }
            helpers = helperCount(network);
        } else {
            List<DataSet> batches = materialise(train, settings);
            Nd4jCaches.install(); // what Trainer.train does for Lamina's network
            helpers = OneDnnHelpers.enable(network);
            DirectUpdaters.install(network); // this too: the baseline measures Lamina's loop, not its engine levers
            DataSetIterator batchIterator = new ExistingDataSetIterator(batches);
            if (iterator.equals("async")) {
                batchIterator = new AsyncDataSetIterator(batchIterator, prefetch);
            }
            Nd4j.getRandom().setSeed(settings.seed() * 1_000_003L);
            cpuStart = cpuNanos();
            long start = System.nanoTime();
            network.fit(batchIterator);
            seconds = (System.nanoTime() - start) / 1e9;
        }
        double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
        double accuracy = testAccuracy(network, test, settings);
        System.out.printf(Locale.ROOT,
                "RESULT engine=%s images=%d seconds=%.2f cpu_s=%.2f images_per_s=%.0f test_acc=%.4f peak_rss_mb=%.0f"
                        + " onednn_layers=%d omp=%s cache=%s workspace=%s iterator=%s%n",
                engine, train.size(), seconds, cpuSeconds, train.size() / seconds, accuracy, peakRssMb(), helpers,
                System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"), network.getLayerWiseConfigurations()
                        .getCacheMode(), configuration.getTrainingWorkspaceMode(),
                engine.equals("lamina") ? "pipeline" : iterator);
        System.exit(0);
    }

    /** The epoch's batches as Lamina's trainer would see them (same order, rescale and labels), as DataSets. */
    private static List<DataSet> materialise(SampleSource train, TrainingSettings settings) {
        List<DataSet> batches = new ArrayList<>();
        try (BatchPipeline pipeline = new BatchPipeline(train, options(settings, true));
                EpochBatches epoch = pipeline.epoch(0)) {
            while (epoch.hasNext()) {
                Batch batch = epoch.next();
                batches.add(new DataSet(features(batch), Nd4j.create(batch.labels(),
                        new long[] { batch.size(), 1 }, 'c')));
            }
        }
        return batches;
    }

    private static PipelineOptions options(TrainingSettings settings, boolean shuffle) {
        return PipelineOptions.defaults().withBatchSize(settings.batchSize())
                .withShuffle(shuffle && settings.shuffle(), settings.seed()).withRescale(settings.rescale())
                .withClassMode(ClassMode.SPARSE).withThreads(settings.dataThreads());
    }

    private static INDArray features(Batch batch) {
        int[] s = batch.featureShape();
        return Nd4j.create(batch.features(), new long[] { s[0], s[1], s[2], s[3] }, 'c');
    }

    private static double testAccuracy(MultiLayerNetwork network, SampleSource test, TrainingSettings settings) {
        long correct = 0;
        try (BatchPipeline pipeline = new BatchPipeline(test, options(settings, false).withBatchSize(500));
                EpochBatches epoch = pipeline.epoch(0)) {
            while (epoch.hasNext()) {
                Batch batch = epoch.next();
                long[] predicted = network.output(features(batch), false).argMax(1).toLongVector();
                float[] labels = batch.labels();
                for (int i = 0; i < predicted.length; i++) {
                    correct += predicted[i] == (long) labels[i] ? 1 : 0;
                }
            }
        }
        return (double) correct / test.size();
    }

    private static int helperCount(MultiLayerNetwork network) {
        int count = 0;
        for (var layer : network.getLayers()) {
            var helper = layer.getHelper();
            count += helper != null && (helper.getClass().getSimpleName().startsWith("MKLDNN")
                    || helper.getClass().getSimpleName().startsWith("Direct")) ? 1 : 0;
        }
        return count;
    }

    /** CPU time of the whole process (all threads: training, data workers, JIT, GC). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The process's peak resident set (VmHWM), in MiB. */
    private static double peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
