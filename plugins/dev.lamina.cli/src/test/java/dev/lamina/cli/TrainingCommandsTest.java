// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.cli.commands.TrainCommand;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.image.PngFile;
import dev.lamina.run.folder.DatasetFingerprint;
import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.metrics.MetricsCsv;
import dev.lamina.testing.FashionMnist;

/**
 * lamina train / predict / evaluate / activations / filter on real Fashion-MNIST images written as class folders,
 * the way a learner's data arrives.
 */
class TrainingCommandsTest {

    static final Path FASHION = FashionMnist.HOME;
    static final Path MODEL = Path.of("../../examples/mnist-single-conv/model.lamina").toAbsolutePath().normalize();
    static final List<String> NAMES = List.of("tshirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt",
            "sneaker", "bag", "boot");

    @TempDir
    static Path dir;
    static Path train;
    static Path test;
    static Path run;

    @BeforeAll
    static void writeClassFoldersAndTrainOnce() throws IOException {
        FashionMnist.require();
        train = folders(IdxDataset.read(FASHION.resolve("train-images-idx3-ubyte.gz"),
                FASHION.resolve("train-labels-idx1-ubyte.gz"), NAMES), 1500, dir.resolve("train"));
        test = folders(IdxDataset.read(FASHION.resolve("t10k-images-idx3-ubyte.gz"),
                FASHION.resolve("t10k-labels-idx1-ubyte.gz"), NAMES), 300, dir.resolve("test"));
        run = dir.resolve("runs/first");
        CliRun result = CliRun.of("train", "--model", MODEL.toString(), "--data", train.toString(), "--validation",
                test.toString(), "--epochs", "2", "--rescale", "1/255", "--out", run.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err() + result.out());
    }

    private static Path folders(IdxDataset data, int count, Path root) throws IOException {
        for (int i = 0; i < count; i++) {
            Path file = root.resolve(data.classNames().get(data.label(i))).resolve(String.format("%05d.png", i));
            Files.createDirectories(file.getParent());
            PngFile.write(data.image(i), file);
        }
        return root;
    }

    @Test
    void trainPrintsKerasLinesAndWritesACompleteRunFolder() throws IOException {
        for (String file : List.of("model.zip", "checkpoint.zip", "metrics.csv", "iterations.csv", "log.txt",
                "run.json", "model.lamina", "summary.txt")) {
            assertTrue(Files.isRegularFile(run.resolve(file)), file);
        }
        var epochs = MetricsCsv.read(run.resolve("metrics.csv"));
        assertEquals(2, epochs.size());
        assertTrue(epochs.get(1).valAccuracy() > 0.6, "validation accuracy after 2 epochs: " + epochs.get(1));
        assertTrue(Files.readString(run.resolve("log.txt")).contains("Epoch 2/2 - "));
        assertEquals(1 + 2 * 47, Files.readAllLines(run.resolve("iterations.csv")).size(), "header + one row per batch");
    }

    @Test
    void theRunsLogSaysWhereItTrainedAndWhy() throws IOException {
        String first = Files.readAllLines(run.resolve("log.txt")).get(0);
        // this build carries only ND4J's CPU back end, so auto trains on the CPU on any machine
        assertTrue(first.startsWith("Backend cpu: "), first);
        assertTrue(first.endsWith("; training on the CPU"), first);
    }

    @Test
    void backendCpuTrainsAndBackendCudaIsRefusedInOneLine() throws IOException {
        Path cpu = dir.resolve("runs/cpu");
        CliRun trained = CliRun.of("train", "--model", MODEL.toString(), "--data", test.toString(), "--epochs", "1",
                "--rescale", "1/255", "--backend", "cpu", "--out", cpu.toString());
        assertEquals(ExitCode.OK, trained.exitCode(), trained.err() + trained.out());
        assertEquals("Backend cpu: backend cpu chosen; training on the CPU",
                Files.readAllLines(cpu.resolve("log.txt")).get(0));
        assertTrue(Files.readString(cpu.resolve("run.json")).contains("\"backend\": \"cpu\""));

        Path cuda = dir.resolve("runs/cuda");
        CliRun refused = CliRun.of("train", "--model", MODEL.toString(), "--data", test.toString(), "--epochs", "1",
                "--backend", "cuda", "--out", cuda.toString());
        assertEquals(ExitCode.FAILURE, refused.exitCode(), refused.err() + refused.out());
        assertTrue(refused.err().startsWith("lamina: backend cuda: "), refused.err());
        assertTrue(refused.err().endsWith("\n") && refused.err().lines().count() == 1, refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
        assertFalse(Files.exists(cuda), "a refused run leaves no folder");

        CliRun device = CliRun.of("train", "--model", MODEL.toString(), "--data", test.toString(), "--backend",
                "auto", "--device", "-1");
        assertEquals(ExitCode.USAGE, device.exitCode(), device.err());
        CliRun unknown = CliRun.of("train", "--model", MODEL.toString(), "--data", test.toString(), "--backend",
                "gpu");
        assertEquals("lamina: train: --backend must be one of auto, cpu, cuda, got 'gpu' (see 'lamina --help')\n",
                unknown.err());
    }

    @Test
    void laminaBackendChoosesUnlessTheFlagDoes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        TrainCommand command = new TrainCommand(Map.of(TrainCommand.BACKEND_VARIABLE, "cuda")::get);
        CommandException e = assertThrows(CommandException.class, () -> command.run(List.of("--model",
                MODEL.toString(), "--data", test.toString(), "--epochs", "1", "--out",
                dir.resolve("runs/env-cuda").toString()), console));
        assertTrue(e.getMessage().startsWith("backend cuda: "), e.getMessage());
        UsageException bad = assertThrows(UsageException.class, () -> new TrainCommand(
                Map.of(TrainCommand.BACKEND_VARIABLE, "tpu")::get).run(List.of("--model", MODEL.toString(), "--data",
                        test.toString()), console));
        assertEquals("LAMINA_BACKEND must be one of auto, cpu, cuda, got 'tpu'", bad.getMessage());
    }

    @Test
    void predictAnswersPerImageWithoutExtraFlags() {
        Path sneaker = test.resolve("sneaker");
        CliRun result = CliRun.of("predict", run.resolve("model.zip").toString(), sneaker.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.size() > 10, result.out());
        long right = lines.stream().filter(line -> line.contains(" is a sneaker (")).count();
        assertTrue(right > lines.size() / 2, "most sneakers are sneakers: " + result.out());

        CliRun json = CliRun.of("predict", run.toString(), sneaker.toString(), "--json");
        assertTrue(json.out().contains("\"class\": \"sneaker\""), json.out());
    }

    @Test
    void predictWritesAGradCamOverEachImageAtItsOwnSize() throws IOException {
        Path sneaker = test.resolve("sneaker");
        Path out = dir.resolve("gradcam");
        CliRun result = CliRun.of("predict", run.toString(), sneaker.toString(), "--gradcam", out.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.stream().allMatch(line -> line.contains("; Grad-CAM: " + out)), result.out());
        try (var files = java.nio.file.Files.list(out)) {
            List<Path> maps = files.sorted().toList();
            assertEquals(lines.size(), maps.size(), "one map per image: " + maps);
            dev.lamina.data.image.PixelImage first = new dev.lamina.data.image.ImageDecoder().decode(maps.get(0),
                    dev.lamina.data.image.ColorMode.RGB);
            assertEquals(28, first.width(), "the map lies over the 28x28 image itself");
            assertTrue(maps.get(0).getFileName().toString().endsWith(".gradcam.png"), maps.get(0).toString());
        }
    }

    @Test
    void evaluateReportsAccuracyPerClassScoresAndMistakes() {
        CliRun result = CliRun.of("evaluate", run.toString(), test.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("300 samples - loss: "), result.out());
        assertTrue(result.out().contains("precision    recall  f1-score   support"), result.out());
        assertTrue(result.out().contains("Misclassified: "), result.out());
    }

    @Test
    void activationsWriteOneViridisGridPerConvAndPoolLayer() throws IOException {
        Path image = test.resolve("bag").toFile().listFiles()[0].toPath();
        Path out = dir.resolve("activations");
        CliRun result = CliRun.of("activations", run.toString(), image.toString(), "--out", out.toString(), "--raw");
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertTrue(ImageIO.read(out.resolve("00-conv2d.png").toFile()).getWidth() > 26 * 4, "a 4×4 grid of 26×26 tiles");
        assertTrue(ImageIO.read(out.resolve("01-max_pooling2d.png").toFile()).getWidth() > 13 * 4);
        assertTrue(result.out().contains("conv2d             Conv2D          26 ×  26 ×  16"), result.out());
        assertTrue(result.out().contains("max_pooling2d      MaxPooling2D    13 ×  13 ×  16"), result.out());
        assertTrue(Files.isRegularFile(out.resolve("00-conv2d.npy")));
        assertTrue(Files.isRegularFile(out.resolve("activations.json")));

        // --epoch N: the state the run kept after epoch N (both epochs of this small model are kept)
        Path first = dir.resolve("activations-epoch1");
        CliRun epoch1 = CliRun.of("activations", run.toString(), image.toString(), "--out", first.toString(), "--raw",
                "--epoch", "1");
        assertEquals(ExitCode.OK, epoch1.exitCode(), epoch1.err());
        assertFalse(Arrays.equals(Files.readAllBytes(out.resolve("00-conv2d.npy")),
                Files.readAllBytes(first.resolve("00-conv2d.npy"))), "epoch 1's maps are not the final ones");
        Path second = dir.resolve("activations-epoch2");
        CliRun epoch2 = CliRun.of("activations", run.toString(), image.toString(), "--out", second.toString(), "--raw",
                "--epoch", "2");
        assertEquals(ExitCode.OK, epoch2.exitCode(), epoch2.err());
        assertArrayEquals(Files.readAllBytes(out.resolve("00-conv2d.npy")),
                Files.readAllBytes(second.resolve("00-conv2d.npy")), "the last epoch's state is the trained model");
        CliRun missing = CliRun.of("activations", run.toString(), image.toString(), "--out", second.toString(),
                "--epoch", "5");
        assertNotEquals(ExitCode.OK, missing.exitCode());
        assertTrue(missing.err().contains("no state kept for epoch 5 (kept: 1, 2)"), missing.err());
    }

    @Test
    void aReachedTargetStopsTheRunWithTheCoursesMessage() {
        CliRun result = CliRun.of("train", "--model", MODEL.toString(), "--data", train.toString(), "--epochs", "10",
                "--rescale", "1/255", "--stop-at", "accuracy=0.3", "--out", dir.resolve("runs/stop").toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertTrue(result.out().contains("Reached 30% accuracy so cancelling training!"), result.out());
        // the coach's line, the same hint the Run view writes under its charts
        assertTrue(result.out().contains("Coach: target reached: accuracy "), result.out());
        assertFalse(result.out().contains("Epoch 10/10"), result.out());
    }

    @Test
    void resumeContinuesFromTheCheckpoint() throws IOException {
        Path resumable = dir.resolve("runs/resume");
        CliRun first = CliRun.of("train", "--model", MODEL.toString(), "--data", train.toString(), "--epochs", "1",
                "--rescale", "1/255", "--out", resumable.toString());
        assertEquals(ExitCode.OK, first.exitCode(), first.err());
        // the CLI records the same status and dataset fingerprint as the workbench (docs/run-folder.md)
        RunStatus afterFirst = RunStatus.read(resumable);
        assertEquals(RunStatus.State.FINISHED, afterFirst.state());
        assertEquals("COMPLETED", afterFirst.outcome());
        assertTrue(DatasetFingerprint.read(resumable).training().images() > 0);
        Path config = resumable.resolve("run.json");
        Files.writeString(config, Files.readString(config).replace("\"epochs\": 1", "\"epochs\": 2"));

        CliRun resumed = CliRun.of("train", "--resume", resumable.toString());
        assertEquals(ExitCode.OK, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("Resuming " + resumable + " after epoch 1 of 2"), resumed.out());
        assertTrue(resumed.out().contains("Epoch 2/2"), resumed.out());
        assertEquals(2, MetricsCsv.read(resumable.resolve("metrics.csv")).size());
        RunStatus afterResume = RunStatus.read(resumable);
        assertEquals(RunStatus.State.FINISHED, afterResume.state());
        assertEquals(afterFirst.started(), afterResume.started());
        assertTrue(afterResume.seconds() > afterFirst.seconds());

        CliRun again = CliRun.of("train", "--resume", resumable.toString());
        assertEquals(ExitCode.FAILURE, again.exitCode());
        assertTrue(again.err().contains("already finished its 2 epochs"), again.err());
    }

    @Test
    void aModelThatDoesNotFitTheDataIsOneLine() throws IOException {
        Path binary = dir.resolve("binary.lamina");
        Files.writeString(binary, Files.readString(MODEL).replace("\"units\": 10", "\"units\": 1")
                .replace("\"activation\": \"softmax\"", "\"activation\": \"sigmoid\""));
        CliRun result = CliRun.of("train", "--model", binary.toString(), "--data", train.toString(), "--out",
                dir.resolve("runs/bad").toString());
        assertEquals(ExitCode.FAILURE, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("the data has 10 classes"), result.err());
    }

    @Test
    void filterWritesThePooledImage() throws IOException {
        Path image = test.resolve("bag").toFile().listFiles()[0].toPath();
        Path out = dir.resolve("filtered.png");
        CliRun result = CliRun.of("filter", "--kernel", "-1,-2,-1;0,0,0;1,2,1", "--pool", "2", image.toString(),
                out.toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertEquals(14, ImageIO.read(out.toFile()).getWidth());
        CliRun bad = CliRun.of("filter", "--kernel", "1,2;3", image.toString(), out.toString());
        assertEquals(ExitCode.USAGE, bad.exitCode());
    }
}
