// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.engine.spark.SparkJobFolder;
import dev.lamina.run.metrics.MetricsCsv;
import dev.lamina.testing.FashionMnist;

/**
 * {@code lamina train RUN.json --spark local[2]} runs the Spark job artifact of this build tree in a child JVM and
 * {@code lamina evaluate} reads the run folder it wrote. The reactor builds spark/dev.lamina.spark before this bundle;
 * a partial build without it skips the test.
 */
class SparkTrainCommandTest {

    static final Path MODEL = Path.of("../../examples/mnist-single-conv/model.lamina").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void trainsOnLocalSparkInAChildJvmAndEvaluates() throws IOException {
        FashionMnist.require();
        assumeTrue(SparkJobFolder.find().isPresent(), "build spark/dev.lamina.spark first");
        subsets(dir, 600, 200);
        Path runFile = dir.resolve("run.json");
        Files.writeString(runFile, """
                {"format": 1, "model": "%s",
                 "train": {"images": "train-images", "labels": "train-labels"},
                 "validation": {"images": "test-images", "labels": "test-labels"},
                 "preprocessing": {"rescale": 0.00392156862745098}, "epochs": 1, "optimizer": "adam",
                 "loss": "sparse_categorical_crossentropy", "spark": {"mode": "averaging", "workers": 2}}
                """.formatted(MODEL.toString().replace("\\", "/")));
        Path run = dir.resolve("runs/spark");

        CliRun train = CliRun.of("train", runFile.toString(), "--spark", "local[2]", "--out", run.toString());

        System.out.println(train.out());
        assertEquals(ExitCode.OK, train.exitCode(), train.out() + train.err());
        assertTrue(train.out().contains("Spark job: "), train.out());
        assertTrue(train.out().contains("Epoch 1/1 - "), train.out());
        assertEquals(1, MetricsCsv.read(run.resolve("metrics.csv")).size());
        CliRun evaluate = CliRun.of("evaluate", run.toString(), "--images", dir.resolve("test-images").toString(),
                "--labels", dir.resolve("test-labels").toString());
        assertEquals(ExitCode.OK, evaluate.exitCode(), evaluate.err());
        assertTrue(evaluate.out().startsWith("200 samples - loss: "), evaluate.out());
    }

    @Test
    void sparkNeedsARunFile() {
        CliRun result = CliRun.of("train", "--model", MODEL.toString(), "--data", "d", "--spark", "local[2]");
        assertEquals(ExitCode.USAGE, result.exitCode());
        assertTrue(result.err().contains("--spark trains a run file"), result.err());
    }

    /** {@code train-images}, {@code train-labels}, {@code test-images}, {@code test-labels}: the first samples. */
    static void subsets(Path dir, int train, int test) throws IOException {
        subset(FashionMnist.trainImages(), dir.resolve("train-images"), train, 28 * 28, 16);
        subset(FashionMnist.trainLabels(), dir.resolve("train-labels"), train, 1, 8);
        subset(FashionMnist.testImages(), dir.resolve("test-images"), test, 28 * 28, 16);
        subset(FashionMnist.testLabels(), dir.resolve("test-labels"), test, 1, 8);
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
