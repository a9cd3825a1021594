// SPDX-License-Identifier: EPL-2.0
package dev.lamina.spark.benchmark;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import dev.lamina.engine.run.NewRun;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.spark.SparkJob;

/**
 * The scaling figure of {@code benchmarks/spark/run}: the same epochs of the same run (the first N Fashion-MNIST
 * training images, validated on 2,000 test images) trained locally by the engine's {@link Trainer} and on Spark
 * {@code local[1]} and {@code local[2]}, one after the other in this JVM. Prints training images/s (the last row of
 * each run's {@code iterations.csv}), validation accuracy and the ratio to local training. A command, not a test.
 */
public final class ScalingBenchmark {

    private static final Path FASHION = Path.of("/usr/share/datasets/fashion-mnist");

    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = 12000;
        int epochs = 1;
        String mode = "averaging";
        Path model = Path.of("examples/mnist-single-conv/model.lamina");
        List<String> masters = List.of("local[1]", "local[2]");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--mode" -> mode = args[++i];
                case "--model" -> model = Path.of(args[++i]);
                case "--masters" -> masters = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("lamina-spark-bench");
        subset(FASHION.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-images"), count, 28 * 28, 16);
        subset(FASHION.resolve("train-labels-idx1-ubyte.gz"), dir.resolve("train-labels"), count, 1, 8);
        subset(FASHION.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("test-images"), 2000, 28 * 28, 16);
        subset(FASHION.resolve("t10k-labels-idx1-ubyte.gz"), dir.resolve("test-labels"), 2000, 1, 8);
        Path runFile = dir.resolve("run.json");
        Files.writeString(runFile, """
                {"format": 1, "model": "%s",
                 "train": {"images": "train-images", "labels": "train-labels"},
                 "validation": {"images": "test-images", "labels": "test-labels"},
                 "preprocessing": {"rescale": 0.00392156862745098}, "batch_size": 32, "epochs": %d, "seed": 0,
                 "optimizer": "adam", "loss": "sparse_categorical_crossentropy", "checkpoint_every": 0,
                 "spark": {"mode": "%s", "batch_per_worker": 32}}
                """.formatted(model.toAbsolutePath().toString().replace("\\", "/"), epochs, mode));
        System.out.printf(Locale.ROOT, "Fashion-MNIST, %d training images, %d epoch(s), %s, model %s%n", count, epochs,
                mode, model.getFileName());

        List<String[]> rows = new ArrayList<>();
        Path localFolder = dir.resolve("runs/local");
        NewRun local = NewRun.create(RunFile.load(runFile), dir.resolve("runs"), localFolder);
        RunResult localResult = local.train(new Trainer(), new RunListener() {
        });
        double localRate = rate(localFolder);
        rows.add(row("local (Trainer)", localRate, localResult, localRate));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        for (String master : masters) {
            Path folder = dir.resolve("runs/" + master.replaceAll("[^a-z0-9]", ""));
            SparkJob.Outcome outcome = SparkJob.run(runFile, master, folder, quiet);
            rows.add(row("spark " + master, rate(folder), outcome.result(), localRate));
        }
        System.out.printf(Locale.ROOT, "%-18s %10s %13s %9s%n", "engine", "images/s", "val_accuracy", "vs local");
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, "%-18s %10s %13s %9s%n", (Object[]) r);
        }
    }

    private static String[] row(String name, double rate, RunResult result, double localRate) {
        return new String[] { name, String.format(Locale.ROOT, "%.0f", rate),
                String.format(Locale.ROOT, "%.4f", result.last().valAccuracy()),
                String.format(Locale.ROOT, "%.2fx", rate / localRate) };
    }

    /** Training images/s of the last epoch, as the run's iterations.csv recorded it. */
    private static double rate(Path runFolder) throws IOException {
        List<String> lines = Files.readAllLines(runFolder.resolve(RunLayout.ITERATIONS));
        String[] last = lines.get(lines.size() - 1).split(",");
        return Double.parseDouble(last[last.length - 1]);
    }

    private static void subset(Path gz, Path to, int count, int recordBytes, int headerBytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(gz)));
                DataOutputStream out = new DataOutputStream(Files.newOutputStream(to))) {
            out.writeInt(in.readInt());
            in.readInt();
            out.writeInt(count);
            for (int i = 8; i < headerBytes; i += 4) {
                out.writeInt(in.readInt());
            }
            out.write(in.readNBytes(count * recordBytes));
        }
    }
}
