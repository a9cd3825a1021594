// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.engine.network.NetworkBuilder;
import dev.lamina.engine.network.NetworkPlan;
import dev.lamina.engine.performance.Nd4jCaches;
import dev.lamina.engine.performance.OneDnnHelpers;
import dev.lamina.engine.training.ParallelStep;
import dev.lamina.engine.training.StepTensors;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.config.Loss;
import dev.lamina.run.config.Optimizer;
import dev.lamina.run.config.OptimizerKind;
import dev.lamina.run.config.TrainingSettings;

/**
 * Training-step time of the course's horses-or-humans model ({@link CourseModels#horsesOrHumans()}: 300×300×3, five
 * Conv2D/MaxPool, Dense 512, Dense 1 sigmoid; binary cross-entropy, RMSprop 0.001) on synthetic random pixels and
 * labels, so image decoding is not measured. 2 warm-up steps, then the median of 3 timed {@code net.fit(DataSet)}
 * steps. Prints one {@code RESULT} line with seconds/step and peak RSS (VmHWM). Used by
 * {@code benchmarks/training/horses}, which runs it and the PyTorch peer ({@code torch_horses.py}) each in its own
 * process; this class asserts nothing.
 *
 * <pre>
 * HorsesStepBenchmark lamina|dl4j [--batch N] [--warmup N] [--steps N]
 * </pre>
 *
 * {@code lamina}: the network as {@link Trainer} builds and trains it ({@link Trainer#plan}, {@link NetworkBuilder#create},
 * {@link OneDnnHelpers#enable}, a new DataSet per step wrapping the batch's float arrays, {@code net.fit(DataSet)}).
 * {@code dl4j}: the same configuration and seed without Lamina's oneDNN helper injection, i.e. plain DL4J.
 */
public final class HorsesStepBenchmark {

    private HorsesStepBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !(args[0].equals("lamina") || args[0].equals("dl4j"))) {
            System.err.println("usage: HorsesStepBenchmark lamina|dl4j [--batch N] [--warmup N] [--steps N]");
            System.exit(64);
        }
        String engine = args[0];
        int batch = 32;
        int warmup = 2;
        int steps = 3;
        for (int i = 1; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--batch" -> batch = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--steps" -> steps = Integer.parseInt(value);
                default -> {
                    System.err.println("HorsesStepBenchmark: unknown option " + args[i]);
                    System.exit(64);
                }
            }
        }

        TrainingSettings settings = TrainingSettings.defaults(1).withBatchSize(batch).withSeed(0)
                .withLoss(Loss.BINARY_CROSSENTROPY).withOptimizer(Optimizer.of(OptimizerKind.RMSPROP));
        NetworkPlan plan = Trainer.plan(CourseModels.horsesOrHumans(), settings);
        MultiLayerNetwork network = NetworkBuilder.create(plan);
        if (engine.equals("lamina")) {
            Nd4jCaches.install(); // as Trainer.train does
        }
        int helpers = engine.equals("lamina") ? OneDnnHelpers.enable(network) : 0;
        ParallelStep parallel = engine.equals("lamina") ? ParallelStep.forThisMachine(network) : null;

        Random random = new Random(1);
        float[] features = new float[batch * 3 * 300 * 300];
        float[] labels = new float[batch];
        double[] seconds = new double[steps];
        StepTensors tensors = new StepTensors();
        for (int step = 0; step < warmup + steps; step++) {
            for (int i = 0; i < features.length; i++) {
                features[i] = random.nextFloat();
            }
            for (int i = 0; i < batch; i++) {
                labels[i] = random.nextBoolean() ? 1f : 0f;
            }
            long start = System.nanoTime();
            // the lamina run's batch as Trainer hands it over (tensors kept from step to step), DL4J's as a fresh copy
            DataSet data = parallel != null
                    ? tensors.of(features, new long[] { batch, 3, 300, 300 }, labels, new long[] { batch, 1 })
                    : new DataSet(Nd4j.create(features, new long[] { batch, 3, 300, 300 }, 'c'),
                            Nd4j.create(labels, new long[] { batch, 1 }, 'c'));
            if (parallel != null) {
                parallel.fit(data);
            } else {
                network.fit(data);
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.err.printf(Locale.ROOT, "%s batch %d step %d: %.2f s, loss %.4f%n", engine, batch, step + 1,
                    elapsed, network.score());
            if (step >= warmup) {
                seconds[step - warmup] = elapsed;
            }
        }
        Arrays.sort(seconds);
        double median = steps % 2 == 1 ? seconds[steps / 2] : (seconds[steps / 2 - 1] + seconds[steps / 2]) / 2;
        System.out.printf(Locale.ROOT,
                "RESULT engine=%s batch=%d s_per_step=%.2f images_per_s=%.1f peak_rss_mb=%.0f onednn_layers=%d"
                        + " helper_classes=%s omp=%s parts=%d passes=%d%n",
                engine, batch, median, batch / median, peakRssMb(), helpers, helperClasses(network),
                System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"), parallel == null ? 1 : parallel.parts(),
                parallel == null ? 1 : parallel.parallelism().passes(batch));
        System.exit(0);
    }

    private static String helperClasses(MultiLayerNetwork network) {
        StringBuilder out = new StringBuilder();
        for (var layer : network.getLayers()) {
            var helper = layer.getHelper();
            if (helper != null) {
                out.append(out.isEmpty() ? "" : ",").append(helper.getClass().getSimpleName());
            }
        }
        return out.isEmpty() ? "none" : out.toString();
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
