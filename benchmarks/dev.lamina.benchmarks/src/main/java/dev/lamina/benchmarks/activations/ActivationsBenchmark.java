// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.activations;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;
import dev.lamina.data.image.ColorMode;
import dev.lamina.engine.inference.LayerActivation;
import dev.lamina.engine.inference.TrainedModel;
import dev.lamina.engine.run.NewRun;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.activation.ActivationGrid;
import dev.lamina.run.activation.GridOptions;
import dev.lamina.run.config.DataSource;
import dev.lamina.run.config.FilePath;
import dev.lamina.run.config.Loss;
import dev.lamina.run.config.Optimizer;
import dev.lamina.run.config.OptimizerKind;
import dev.lamina.run.config.Preprocessing;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.TargetSize;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.RunLayout;

/**
 * What the Activations and Predict views wait for: the feature maps of one image through the course's
 * horses-or-humans model (300×300×3, five Conv2D/MaxPooling2D pairs) and through the MNIST model, each computed as
 * the views compute them ({@link TrainedModel#activations} and every layer's grid drawn by {@link ActivationGrid},
 * the code of {@code lamina activations}), and a Grad-CAM ({@link TrainedModel#gradCam}). Each model is first
 * trained for one step on crops of a real photograph (the course's <i>ascent</i>) through the engine
 * ({@link NewRun}), so the timed model is a real {@code model.zip}. Prints the time to load it, the first image,
 * and the median and maximum of the next images. A command, not a test: it asserts no timing.
 *
 * <pre>
 * ActivationsBenchmark --image PNG [--images N]
 * </pre>
 */
public final class ActivationsBenchmark {

    private ActivationsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path photo = null;
        int images = 10;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--image" -> photo = Path.of(value);
                case "--images" -> images = Integer.parseInt(value);
                default -> {
                    System.err.println("ActivationsBenchmark: unknown option " + args[i]);
                    System.exit(64);
                }
            }
        }
        if (photo == null || !Files.isRegularFile(photo)) {
            System.err.println("usage: ActivationsBenchmark --image PNG [--images N] (" + photo + ": no such file)");
            System.exit(64);
        }
        BufferedImage source = ImageIO.read(photo.toFile());
        if (source == null) {
            System.err.println("ActivationsBenchmark: " + photo + " is not an image ImageIO reads");
            System.exit(1);
        }
        Path dir = Files.createTempDirectory("lamina-activations-bench");
        List<Path> crops = crops(source, dir.resolve("images"), Math.max(images, 10));
        measure("horses-or-humans", CourseModels.horsesOrHumans(), new TargetSize(300, 300), ColorMode.RGB,
                Loss.BINARY_CROSSENTROPY, OptimizerKind.RMSPROP, dir.resolve("horses"), crops, images);
        measure("mnist", CourseModels.mnistSingleConv(), new TargetSize(28, 28), ColorMode.GRAYSCALE,
                Loss.SPARSE_CATEGORICAL_CROSSENTROPY, OptimizerKind.ADAM, dir.resolve("mnist"), crops, images);
    }

    /** {@code count} square crops of {@code source} at different places, as PNG files. */
    private static List<Path> crops(BufferedImage source, Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        int side = Math.min(source.getWidth(), source.getHeight()) * 3 / 4;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int x = (source.getWidth() - side) * (i % 4) / 3;
            int y = (source.getHeight() - side) * (i / 4 % 4) / 3;
            Path file = dir.resolve(String.format(Locale.ROOT, "crop-%03d.png", i));
            ImageIO.write(source.getSubimage(x, y, side, side), "png", file.toFile());
            files.add(file);
        }
        return files;
    }

    private static void measure(String name, Model model, TargetSize size, ColorMode mode, Loss loss,
            OptimizerKind optimizer, Path dir, List<Path> crops, int images) throws Exception {
        // one crop per class (two classes for a binary model, else ten): one training step
        int classes = loss == Loss.BINARY_CROSSENTROPY ? 2 : 10;
        for (int i = 0; i < classes; i++) {
            Path folder = dir.resolve("data/class-" + i);
            Files.createDirectories(folder);
            Files.copy(crops.get(i), folder.resolve(crops.get(i).getFileName()));
        }
        ModelFile.save(model, dir.resolve("model.lamina"));
        Path runFile = dir.resolve("run.json");
        RunFile.save(RunConfig.defaults(FilePath.relativeTo(dir, dir.resolve("model.lamina")),
                new DataSource.Folder(FilePath.relativeTo(dir, dir.resolve("data"))), loss, 1).withBatchSize(classes)
                .withOptimizer(Optimizer.of(optimizer))
                .withPreprocessing(Preprocessing.defaults().withTargetSize(size).withColorMode(mode)
                        .withRescale(1 / 255.0)), runFile);
        NewRun run = NewRun.create(RunFile.load(runFile), NewRun.runsHome(runFile), dir.resolve("runs/run"));
        RunResult result = run.train(new Trainer(), new RunListener() {
        });
        if (result.history().isEmpty()) {
            throw new IllegalStateException(name + ": the one-step run did not finish: " + result.message());
        }
        Path zip = run.folder().folder().resolve(RunLayout.TRAINED_MODEL);

        long start = System.nanoTime();
        TrainedModel trained = TrainedModel.load(zip);
        double load = (System.nanoTime() - start) / 1e6;
        int[] layers = new int[1];
        double first = time(() -> layers[0] = grids(trained, crops.get(0)));
        double[] next = new double[images];
        for (int i = 0; i < images; i++) {
            Path image = crops.get(i % crops.size());
            next[i] = time(() -> grids(trained, image));
        }
        double[] cam = new double[images];
        for (int i = 0; i < images; i++) {
            Path image = crops.get(i % crops.size());
            cam[i] = time(() -> trained.gradCam(image));
        }
        Arrays.sort(next);
        Arrays.sort(cam);
        System.out.printf(Locale.ROOT, "activations: %s model (%dx%d %s), %d conv/pool layers: load model.zip %.0f ms;"
                + " first image %.0f ms; next %d images median %.0f ms, max %.0f ms (goal: < 1000 ms)%n", name,
                size.height(), size.width(), mode.name().toLowerCase(Locale.ROOT), layers[0], load, first, images,
                next[images / 2], next[images - 1]);
        System.out.printf(Locale.ROOT, "grad-cam: %s model, %d images: median %.0f ms, max %.0f ms%n", name, images,
                cam[images / 2], cam[images - 1]);
    }

    /** The Activations view's work for one image: every conv/pool layer's maps and their grid. */
    private static int grids(TrainedModel trained, Path image) {
        List<LayerActivation> activations = trained.activations(image);
        for (LayerActivation a : activations) {
            ActivationGrid.render(a.values(), a.channels(), a.height(), a.width(), GridOptions.defaults());
        }
        return activations.size();
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }
}
