// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;
import dev.lamina.core.shape.ShapeInference;
import dev.lamina.course.exercise.ExerciseFile;
import dev.lamina.course.faces.FaceGenerator;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.image.PngFile;
import dev.lamina.engine.run.PreparedRun;
import dev.lamina.engine.run.RunPreparation;
import dev.lamina.engine.run.RunPreparationException;
import dev.lamina.engine.training.Checkpoints;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.config.DataSource;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.Validation;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;
import dev.lamina.testing.FashionMnist;

/**
 * The course's exercises in {@code examples/}: every run file and model loads and validates, each trains a few
 * batches on a small stand-in, and {@code lamina exercise check} passes and fails as it should. The full runs are
 * documented in each example's README (they take minutes).
 */
class ExamplesTest {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    static final Path FASHION = FashionMnist.HOME;
    static final List<String> NAMES = List.of("fashion-mnist", "happy-or-sad", "horses-or-humans",
            "mnist-single-conv");

    @TempDir
    Path dir;

    @Test
    void everyExampleHasItsFilesAndTheyLoad() throws Exception {
        List<String> found;
        try (Stream<Path> folders = Files.list(EXAMPLES)) {
            found = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(NAMES, found);
        for (String name : NAMES) {
            Path example = EXAMPLES.resolve(name);
            for (String file : List.of("README.md", "model.lamina", "run.json", "exercise.json")) {
                assertTrue(Files.isRegularFile(example.resolve(file)), name + "/" + file);
            }
            RunConfig config = RunFile.load(example.resolve("run.json"));
            assertEquals(example.resolve("model.lamina"), config.model().resolved(), name + ": the example's model");
            Model model = ModelFile.load(config.model().resolved());
            assertFalse(ShapeInference.analyze(model).hasErrors(), name + ": the layers fit together");
            assertEquals(name, ExerciseFile.load(example.resolve("exercise.json")).name());
            if (hasData(config)) {
                RunPreparation.prepare(config); // data present: the run starts as it is
            }
        }
    }

    @Test
    void theMnistExampleShipsItsDataAndPreparesAsIs() throws Exception {
        var run = RunPreparation.prepare(RunFile.load(EXAMPLES.resolve("mnist-single-conv/run.json")));
        assertEquals(8004, run.data().training().size());
        assertEquals(1996, run.data().validation().size());
        assertEquals(10, run.data().training().classNames().size());
    }

    @Test
    void happyOrSadPreparesOnGeneratedFaces() throws Exception {
        Path copy = copyExample("happy-or-sad", 15);
        new FaceGenerator(8, FaceGenerator.DEFAULT_SIZE, 0).writeTo(copy.resolve("data/happy-or-sad"));
        var run = RunPreparation.prepare(RunFile.load(copy.resolve("run.json")));
        assertEquals(List.of("happy", "sad"), run.data().training().classNames());
    }

    @Test
    void eachExampleTrainsAFewBatches() throws Exception {
        assumeFashionMnist();
        // mnist-single-conv: the first 320 of its own images
        Path mnist = copyExample("mnist-single-conv", 1);
        Path data = EXAMPLES.resolve("mnist-single-conv/data");
        subset(data.resolve("train-images-idx3-ubyte.gz"), data.resolve("train-labels-idx1-ubyte.gz"), 320,
                mnist.resolve("data/train"));
        subset(data.resolve("test-images-idx3-ubyte.gz"), data.resolve("test-labels-idx1-ubyte.gz"), 64,
                mnist.resolve("data/test"));
        train(mnist);

        // fashion-mnist: 320 images of the Debian package, the run file's paths pointed at them
        Path fashion = copyExample("fashion-mnist", 1);
        subset(FASHION.resolve("train-images-idx3-ubyte.gz"), FASHION.resolve("train-labels-idx1-ubyte.gz"), 320,
                fashion.resolve("data/train"));
        subset(FASHION.resolve("t10k-images-idx3-ubyte.gz"), FASHION.resolve("t10k-labels-idx1-ubyte.gz"), 64,
                fashion.resolve("data/t10k"));
        Path runFile = fashion.resolve("run.json");
        Files.writeString(runFile, Files.readString(runFile).replace(FASHION + "/", fashion.resolve("data") + "/"));
        train(fashion);

        // horses-or-humans: two Fashion-MNIST classes upscaled to 300×300 RGB, in the same folders
        Path horses = copyExample("horses-or-humans", 1);
        standIn(horses.resolve("data/horse-or-human"), 0, 12);
        standIn(horses.resolve("data/validation-horse-or-human"), 5000, 4);
        trainWithoutSaving(horses);

        // happy-or-sad: 8 generated faces
        Path happy = copyExample("happy-or-sad", 1);
        new FaceGenerator(8, FaceGenerator.DEFAULT_SIZE, 0).writeTo(happy.resolve("data/happy-or-sad"));
        trainWithoutSaving(happy);
    }

    @Test
    void theMnistExercisePassesItsModelRules() {
        CliRun result = CliRun.of("exercise", "check", EXAMPLES.resolve("mnist-single-conv").toString());
        assertEquals(ExitCode.OK, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("PASS  exactly 1 Conv2D: found 1: conv2d"), result.out());
        assertTrue(result.out().contains("SKIP  accuracy > 0.998 within 20 epochs"), result.out());
        assertTrue(result.out().endsWith("All checks passed.\n"), result.out());
    }

    @Test
    void aSecondConv2DFailsTheMnistExerciseWithAClearReason() throws Exception {
        Path example = EXAMPLES.resolve("mnist-single-conv");
        Model model = ModelFile.load(example.resolve("model.lamina"));
        Model twoConvs = model.withInserted(2, new Conv2D("conv2d_1", 32, 3, ActivationFunction.RELU));
        Path file = dir.resolve("two-convs.lamina");
        ModelFile.save(twoConvs, file);

        CliRun result = CliRun.of("exercise", "check", example.toString(), "--model", file.toString());
        assertEquals(ExitCode.FAILURE, result.exitCode(), result.out());
        assertTrue(result.out().contains("FAIL  exactly 1 Conv2D: found 2: conv2d, conv2d_1"), result.out());
        assertTrue(result.out().contains("hint: the exercise uses one Conv2D layer"), result.out());
        assertTrue(result.out().contains("PASS  exactly 1 MaxPooling2D"), result.out());
        assertTrue(result.out().endsWith("1 of 7 checks failed.\n"), result.out());
    }

    @Test
    void theRunRuleReadsTheRunsMetrics() throws IOException {
        Path reached = dir.resolve("reached");
        Files.createDirectories(reached);
        MetricsCsv metrics = MetricsCsv.create(reached.resolve("metrics.csv"));
        metrics.append(EpochMetrics.training(1, 0.2, 0.95, 9));
        metrics.append(EpochMetrics.training(2, 0.01, 0.9985, 9));
        CliRun pass = CliRun.of("exercise", "check", EXAMPLES.resolve("mnist-single-conv").toString(), "--run",
                reached.toString());
        assertEquals(ExitCode.OK, pass.exitCode(), pass.out());
        assertTrue(pass.out().contains("PASS  accuracy > 0.998 within 20 epochs: reached accuracy 0.9985 at epoch 2"),
                pass.out());

        Path short_ = dir.resolve("short");
        Files.createDirectories(short_);
        MetricsCsv.create(short_.resolve("metrics.csv")).append(EpochMetrics.training(1, 0.2, 0.95, 9));
        CliRun fail = CliRun.of("exercise", "check", EXAMPLES.resolve("mnist-single-conv").toString(), "--run",
                short_.toString());
        assertEquals(ExitCode.FAILURE, fail.exitCode(), fail.out());
        assertTrue(fail.out().contains("FAIL  accuracy > 0.998 within 20 epochs: best accuracy 0.9500 at epoch 1 of 1"),
                fail.out());
    }

    @Test
    void theHappyOrSadGeneratorWritesBothClasses() throws IOException {
        Path out = dir.resolve("faces");
        CliRun result = CliRun.of("exercise", "generate", "happy-or-sad", out.toString(), "--count", "4");
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        assertTrue(Files.isRegularFile(out.resolve("happy/happy-001.png")));
        assertTrue(Files.isRegularFile(out.resolve("sad/sad-001.png")));
        assertEquals(ExitCode.USAGE, CliRun.of("exercise", "generate", "cats", out.toString()).exitCode());
    }

    /** A copy of the example's model and run file (epochs rewritten) in a temporary folder. */
    private Path copyExample(String name, int epochs) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(name));
        Files.copy(EXAMPLES.resolve(name).resolve("model.lamina"), copy.resolve("model.lamina"));
        String run = Files.readString(EXAMPLES.resolve(name).resolve("run.json"));
        Files.writeString(copy.resolve("run.json"), run.replaceFirst("\"epochs\": \\d+", "\"epochs\": " + epochs));
        return copy;
    }

    private static void train(Path example) {
        CliRun result = CliRun.of("train", example.resolve("run.json").toString());
        assertEquals(ExitCode.OK, result.exitCode(), example.getFileName() + ": " + result.err() + result.out());
        assertEquals(1, MetricsCsv.read(onlyRun(example).resolve("metrics.csv")).size());
    }

    /**
     * Trains the prepared run without a run folder: the 300×300 models' files are large (happy-or-sad's model.zip
     * and checkpoint.zip hold 40 million weights and their optimizer state), and writing them would take most of
     * the test's time.
     */
    private static void trainWithoutSaving(Path example) throws RunPreparationException {
        PreparedRun run = RunPreparation.prepare(RunFile.load(example.resolve("run.json")));
        RunResult result = new Trainer().train(run.model(), run.data(), run.settings(), Checkpoints.NONE,
                new RunListener() {
                });
        assertEquals(RunResult.Outcome.COMPLETED, result.outcome(), example.getFileName() + ": " + result.message());
        assertEquals(1, result.epochsCompleted());
    }

    private static Path onlyRun(Path example) {
        try (Stream<Path> runs = Files.list(example.resolve("runs"))) {
            return runs.findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean hasData(RunConfig config) {
        List<DataSource> sources = config.validation() instanceof Validation.Separate(DataSource source)
                ? List.of(config.train(), source) : List.of(config.train());
        return sources.stream().allMatch(source -> switch (source) {
            case DataSource.Folder folder -> Files.isDirectory(folder.folder().resolved());
            case DataSource.Idx idx -> Files.isRegularFile(idx.images().resolved());
        });
    }

    private static void assumeFashionMnist() {
        FashionMnist.require();
    }

    /** The first {@code count} images of an IDX pair, as {@code PREFIX-images-idx3-ubyte.gz} and labels. */
    private static void subset(Path images, Path labels, int count, Path prefix) throws IOException {
        IdxDataset data = IdxDataset.read(images, labels);
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        DataOutputStream imageFile = new DataOutputStream(pixels);
        imageFile.writeInt(0x803);
        imageFile.writeInt(count);
        imageFile.writeInt(data.rows());
        imageFile.writeInt(data.cols());
        ByteArrayOutputStream labelBytes = new ByteArrayOutputStream();
        DataOutputStream labelFile = new DataOutputStream(labelBytes);
        labelFile.writeInt(0x801);
        labelFile.writeInt(count);
        for (int i = 0; i < count; i++) {
            imageFile.write(data.image(i).pixels());
            labelFile.write(data.label(i));
        }
        Files.createDirectories(prefix.getParent());
        gzip(pixels.toByteArray(), Path.of(prefix + "-images-idx3-ubyte.gz"));
        gzip(labelBytes.toByteArray(), Path.of(prefix + "-labels-idx1-ubyte.gz"));
    }

    private static void gzip(byte[] bytes, Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
    }

    /**
     * {@code horses/} and {@code humans/} from Fashion-MNIST's sandals (5) and trousers (1), from test image
     * {@code from} on, upscaled to 300×300 RGB (nearest), {@code perClass} each.
     */
    static void standIn(Path root, int from, int perClass) {
        IdxDataset data = IdxDataset.read(FASHION.resolve("t10k-images-idx3-ubyte.gz"),
                FASHION.resolve("t10k-labels-idx1-ubyte.gz"));
        int horses = 0;
        int humans = 0;
        for (int i = from; i < data.size() && (horses < perClass || humans < perClass); i++) {
            int label = data.label(i);
            if (label == 5 && horses < perClass) {
                PngFile.write(upscaled(data.image(i), 300), root.resolve("horses").resolve("horse" + horses++ + ".png"));
            } else if (label == 1 && humans < perClass) {
                PngFile.write(upscaled(data.image(i), 300), root.resolve("humans").resolve("human" + humans++ + ".png"));
            }
        }
    }

    private static PixelImage upscaled(PixelImage gray, int size) {
        byte[] rgb = new byte[size * size * 3];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int value = gray.get(x * gray.width() / size, y * gray.height() / size, 0);
                int i = 3 * (y * size + x);
                rgb[i] = (byte) value;
                rgb[i + 1] = (byte) (value * 3 / 4);
                rgb[i + 2] = (byte) (value / 2);
            }
        }
        return new PixelImage(size, size, 3, rgb);
    }
}
