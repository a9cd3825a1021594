// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.inference;

import static dev.lamina.core.layer.ActivationFunction.RELU;
import static dev.lamina.core.layer.ActivationFunction.SIGMOID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.image.PngFile;
import dev.lamina.engine.run.NewRun;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.activation.ClassActivationMap;
import dev.lamina.run.activation.HeatmapOverlay;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;

/**
 * Grad-CAM against a case whose answer is known: a small conv net trained through Lamina's own run path to tell
 * noise with a bright square from noise alone must light up the square, wherever it is.
 */
class GradCamTest {

    private static final int SIZE = 32;
    private static final int SQUARE = 8;

    @TempDir
    static Path home;
    private static TrainedModel model;
    private static final List<Sample> tests = new ArrayList<>();

    private record Sample(Path file, int x, int y) {
    }

    @BeforeAll
    static void trainTheSquareDetector() throws Exception {
        Random random = new Random(11);
        for (int i = 0; i < 240; i++) {
            write(home.resolve("data/train/noise/" + i + ".png"), random, -1, -1);
            write(home.resolve("data/train/square/" + i + ".png"), random, random.nextInt(SIZE - SQUARE + 1),
                    random.nextInt(SIZE - SQUARE + 1));
        }
        for (int i = 0; i < 12; i++) {
            int x = random.nextInt(SIZE - SQUARE + 1);
            int y = random.nextInt(SIZE - SQUARE + 1);
            Path file = home.resolve("test/square" + i + ".png");
            write(file, random, x, y);
            tests.add(new Sample(file, x, y));
        }
        Model squares = Model.builder()
                .input(SIZE, SIZE, 1)
                .conv2d(8, 3, RELU).maxPooling2d(2)
                .conv2d(16, 3, RELU).maxPooling2d(2)
                .flatten()
                .dense(32, RELU)
                .dense(1, SIGMOID)
                .build();
        ModelFile.save(squares, home.resolve("squares.lamina"));
        Path runFile = home.resolve("run.json");
        Files.writeString(runFile, """
                {"format": 1, "model": "squares.lamina", "train": {"folder": "data/train"},
                 "preprocessing": {"rescale": 0.00392156862745098}, "batch_size": 16, "epochs": 6, "seed": 3,
                 "loss": "binary_crossentropy"}
                """);
        NewRun run = NewRun.fromRunFile(runFile);
        RunResult result = run.train(new Trainer(), new RunListener() {
        });
        assertTrue(result.last().accuracy() > 0.95, "the detector learned: accuracy " + result.last().accuracy());
        model = TrainedModel.load(run.folder().folder().resolve("model.zip"));
    }

    private static void write(Path file, Random random, int squareX, int squareY) throws IOException {
        PixelImage image = PixelImage.blank(SIZE, SIZE, 1);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                boolean inSquare = squareX >= 0 && x >= squareX && x < squareX + SQUARE && y >= squareY
                        && y < squareY + SQUARE;
                image.set(x, y, 0, inSquare ? 200 + random.nextInt(56) : random.nextInt(90));
            }
        }
        Files.createDirectories(file.getParent());
        PngFile.write(image, file);
    }

    @Test
    void theMapLightsUpTheSquare() {
        int hits = 0;
        StringBuilder report = new StringBuilder();
        for (Sample sample : tests) {
            ClassActivationMap map = model.gradCam(sample.file());
            assertEquals("square", map.className(), "the detector sees the square in " + sample.file());
            float[] heat = map.resample(SIZE, SIZE);
            double inside = 0;
            double outside = 0;
            int peak = 0;
            for (int i = 0; i < heat.length; i++) {
                if (contains(sample, i % SIZE, i / SIZE, 0)) {
                    inside += heat[i];
                } else {
                    outside += heat[i];
                }
                peak = heat[i] > heat[peak] ? i : peak;
            }
            double insideMean = inside / (SQUARE * SQUARE);
            double outsideMean = outside / (SIZE * SIZE - SQUARE * SQUARE);
            boolean hit = contains(sample, peak % SIZE, peak / SIZE, 3) && insideMean > 2 * outsideMean;
            hits += hit ? 1 : 0;
            report.append(String.format("%n  square at (%d,%d): peak (%d,%d), mean inside %.2f, outside %.2f",
                    sample.x(), sample.y(), peak % SIZE, peak / SIZE, insideMean, outsideMean));
        }
        assertTrue(hits >= tests.size() - 1, hits + " of " + tests.size() + " maps point at the square:" + report);
    }

    @Test
    void theOverlayKeepsThePhotoWhereTheMapIsCold() throws IOException {
        Sample sample = tests.get(0);
        ClassActivationMap map = model.gradCam(sample.file());
        PixelImage large = new ImageDecoder().decode(sample.file(), ColorMode.RGB, 256, 256, Interpolation.NEAREST);
        PixelImage overlay = HeatmapOverlay.render(large, map, 0.6);
        Path kept = Path.of("target/gradcam/square-at-" + sample.x() + "-" + sample.y() + ".png");
        Files.createDirectories(kept.getParent());
        PngFile.write(overlay, kept); // looked at by hand: yellow over the square, the noise barely tinted
        int hotX = (sample.x() + SQUARE / 2) * 8;
        int hotY = (sample.y() + SQUARE / 2) * 8;
        assertTrue(overlay.get(hotX, hotY, 0) > 150 && overlay.get(hotX, hotY, 2) < 150,
                "yellow at the square's centre: " + overlay.get(hotX, hotY, 0) + "," + overlay.get(hotX, hotY, 2));
        assertEquals(256, overlay.width());
    }

    @Test
    void theMapNamesItsLayerAndClass() {
        ClassActivationMap map = model.gradCam(tests.get(0).file(), 0);
        assertEquals("noise", map.className());
        assertEquals(0, map.classIndex());
        String lastConv = null;
        for (int i = 0; i < model.metadata().model().size(); i++) {
            if (model.metadata().model().layer(i) instanceof Conv2D conv) {
                lastConv = conv.name();
            }
        }
        assertEquals(lastConv, map.layerName(), "the last Conv2D");
        assertEquals(13, map.width(), "32 -> Conv2D 30 -> pool 15 -> the last Conv2D's 13");
        assertEquals(13, map.height());
        assertTrue(map.probability() < 0.1, "the model is sure the image is not noise: " + map.probability());
        assertThrows(IllegalArgumentException.class, () -> model.gradCam(tests.get(0).file(), 2));
    }

    private static boolean contains(Sample sample, int x, int y, int margin) {
        return x >= sample.x() - margin && x < sample.x() + SQUARE + margin && y >= sample.y() - margin
                && y < sample.y() + SQUARE + margin;
    }
}
