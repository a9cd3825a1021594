// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.cli.commands.TrainCommand;
import dev.lamina.engine.spark.SparkJobFolder;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;
import dev.lamina.testing.FashionMnist;

/**
 * {@code lamina train RUN.json --spark spark://127.0.0.1:PORT} against a real Spark standalone master and worker that
 * the test starts on loopback from the job artifact's jars: the driver (spark-submit's JVM) sends the parameters to an
 * executor in the worker's JVM and averages what comes back, so training really crosses processes. The run folder is
 * a local run's. Everything the test started is stopped at the end.
 */
class SparkClusterTest {

    /** Chance is 0.10; this model reached 0.50 after one epoch on these 600 images on the cluster. */
    static final double VAL_ACCURACY_FLOOR = 0.40;

    @TempDir
    Path dir;

    @Test
    void trainsOnAStandaloneClusterThroughSparkSubmit() throws Exception {
        FashionMnist.require();
        Optional<SparkJobFolder> job = SparkJobFolder.find();
        assumeTrue(job.isPresent(), "build spark/dev.lamina.spark first");
        Optional<Path> executorJava = StandaloneSparkCluster.executorJava();
        assumeTrue(executorJava.isPresent(), "the executors need a Java 17-22 runtime (apt-get install"
                + " openjdk-17-jre-headless, or set LAMINA_SPARK_EXECUTOR_JAVA)");
        SparkTrainCommandTest.subsets(dir, 600, 200);
        Path runFile = dir.resolve("run.json");
        Files.writeString(runFile, """
                {"format": 2, "model": "%s",
                 "train": {"images": "train-images", "labels": "train-labels"},
                 "validation": {"images": "test-images", "labels": "test-labels"},
                 "preprocessing": {"rescale": 0.00392156862745098}, "epochs": 2, "seed": 1, "optimizer": "adam",
                 "loss": "sparse_categorical_crossentropy", "spark": {"mode": "averaging", "workers": 2}}
                """.formatted(SparkTrainCommandTest.MODEL.toString().replace("\\", "/")));
        Path run = dir.resolve("runs/cluster");

        long start = System.nanoTime();
        try (StandaloneSparkCluster cluster = StandaloneSparkCluster.start(job.get(), executorJava.get(), dir)) {
            double startSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.put("SPARK_HOME", cluster.home().toString());
            environment.put("JAVA_HOME", System.getProperty("java.home"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new TrainCommand(environment::get).run(List.of(runFile.toString(), "--spark",
                    cluster.masterUrl(), "--out", run.toString()), new Console(new PrintStream(out, true,
                            StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
            String printed = out.toString(StandardCharsets.UTF_8);
            System.out.printf("%s%ncluster started in %.1f s, trained in %.1f s%n", printed, startSeconds,
                    (System.nanoTime() - start) / 1e9 - startSeconds);

            assertEquals(ExitCode.OK, status, printed + err);
            assertTrue(printed.startsWith("spark-submit: " + cluster.home().resolve("bin/spark-submit")), printed);
            assertTrue(printed.contains("Spark averaging on " + cluster.masterUrl() + ": 2 workers"), printed);
            assertTrue(printed.contains("Epoch 2/2 - "), printed);
            assertFalse(cluster.executorFolders().isEmpty(), "the worker started no executor");
            // the worker writes the executor's command line, with the driver's address, atop the executor's stderr
            String executorLog = Files.readString(cluster.executorFolders().getFirst().resolve("stderr"));
            assertTrue(executorLog.contains("CoarseGrainedScheduler@127.0.0.1:"), "the driver is not on loopback: "
                    + executorLog.lines().findFirst().orElse(""));
        }
        List<EpochMetrics> epochs = MetricsCsv.read(run.resolve(RunLayout.METRICS));
        assertEquals(2, epochs.size());
        assertTrue(epochs.get(1).valAccuracy() > VAL_ACCURACY_FLOOR, "val_accuracy " + epochs.get(1).valAccuracy());
        assertEquals(RunStatus.State.FINISHED, RunStatus.read(run).state());
        assertTrue(Files.isRegularFile(run.resolve(RunLayout.TRAINED_MODEL)));
        assertTrue(Files.readString(run.resolve(RunLayout.LOG)).contains("Epoch 2/2"));
    }
}
