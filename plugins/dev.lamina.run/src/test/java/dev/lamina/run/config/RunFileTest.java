// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.data.DataException;
import dev.lamina.data.augment.FillMode;
import dev.lamina.data.image.ColorMode;
import dev.lamina.run.metrics.EpochMetrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFileTest {

    static final String HORSES = """
            {
              "format": 1,
              "model": "../models/horses.lamina",
              "train": {"folder": "../data/horse-or-human"},
              "validation": {"folder": "/srv/data/validation-horse-or-human"},
              "preprocessing": {
                "target_size": [300, 300],
                "rescale": 0.00392156862745098,
                "augmentation": {"rotation_range": 40, "width_shift_range": 0.2, "zoom_range": 0.2,
                                 "horizontal_flip": true, "fill_mode": "nearest"}
              },
              "batch_size": 128,
              "epochs": 15,
              "optimizer": {"name": "rmsprop", "learning_rate": 0.001},
              "loss": "binary_crossentropy",
              "stop": {"metric": "accuracy", "above": 0.998, "message": "Reached 99.8% accuracy so cancelling training!"},
              "early_stopping": {"monitor": "val_loss", "patience": 3}
            }
            """;

    @TempDir
    Path dir;

    @Test
    void readsTheCourseRunAndResolvesPaths() throws Exception {
        Path runs = Files.createDirectories(dir.resolve("project/runs"));
        Path file = Files.writeString(runs.resolve("horses.json"), HORSES);
        RunConfig config = RunFile.load(file);
        assertEquals(dir.resolve("project/models/horses.lamina").toAbsolutePath(), config.model().resolved());
        assertEquals("../models/horses.lamina", config.model().written());
        DataSource.Folder train = assertInstanceOf(DataSource.Folder.class, config.train());
        assertEquals(dir.resolve("project/data/horse-or-human").toAbsolutePath(), train.folder().resolved());
        Validation.Separate validation = assertInstanceOf(Validation.Separate.class, config.validation());
        assertEquals(Path.of("/srv/data/validation-horse-or-human"),
                ((DataSource.Folder) validation.source()).folder().resolved());
        assertEquals(Optional.of(new TargetSize(300, 300)), config.preprocessing().targetSize());
        assertEquals(Optional.empty(), config.preprocessing().colorMode());
        assertEquals(ColorMode.RGB, config.preprocessing().colorModeOr(3));
        assertEquals(1 / 255.0, config.preprocessing().rescale());
        assertEquals(40, config.preprocessing().augmentation().rotationRange());
        assertEquals(0.8, config.preprocessing().augmentation().zoomLow(), 1e-12);
        assertEquals(FillMode.NEAREST, config.preprocessing().augmentation().fillMode());
        assertEquals(128, config.batchSize());
        assertEquals(15, config.epochs());
        assertEquals(new Optimizer(OptimizerKind.RMSPROP, 0.001, 0), config.optimizer());
        assertEquals(Loss.BINARY_CROSSENTROPY, config.loss());
        StopCondition stop = config.stop().orElseThrow();
        assertEquals("Reached 99.8% accuracy so cancelling training!", stop.message());
        assertTrue(stop.isMet(EpochMetrics.training(3, 0.1, 0.999, 2)));
        assertFalse(stop.isMet(EpochMetrics.training(3, 0.1, 0.998, 2)), "strictly above, as the course's >");
        assertEquals(new EarlyStopping(TrainingMetric.VAL_LOSS, 3, 0, false), config.earlyStopping().orElseThrow());
        assertEquals(1, config.checkpointEvery());
        assertEquals(Backend.AUTO, config.backend());
        assertEquals(0, config.threads());
        assertEquals(0, config.seed());
    }

    @Test
    void writesBackStablyAndRoundTrips() throws Exception {
        Path runs = Files.createDirectories(dir.resolve("p/runs"));
        Path file = Files.writeString(runs.resolve("horses.json"), HORSES);
        RunConfig config = RunFile.load(file);
        String text = RunFile.write(config);
        assertTrue(text.startsWith("{\n  \"format\": 3,\n  \"model\": \"../models/horses.lamina\",\n  \"train\": {"),
                text);
        assertTrue(text.contains("\"zoom_range\": [0.8, 1.2]"), text);
        assertTrue(text.contains("\"color_mode\": null"), text);
        assertTrue(text.endsWith("}\n"));
        Path saved = runs.resolve("saved.json");
        RunFile.save(config, saved);
        assertEquals(text, Files.readString(saved));
        assertEquals(config, RunFile.load(saved));
        RunFile.save(RunFile.load(saved), saved);
        assertEquals(text, Files.readString(saved), "writing is stable");

        // Saved elsewhere, relative paths are rewritten to point at the same files.
        Path other = Files.createDirectories(dir.resolve("p/runs/archive/2024"));
        RunFile.save(config, other.resolve("copy.json"));
        RunConfig copy = RunFile.load(other.resolve("copy.json"));
        assertEquals("../../../models/horses.lamina", copy.model().written());
        assertEquals(config.model().resolved(), copy.model().resolved());
        assertEquals("/srv/data/validation-horse-or-human",
                ((DataSource.Folder) ((Validation.Separate) copy.validation()).source()).folder().written());
    }

    @Test
    void deviceCameWithFormat2AndOldFilesStayValid() {
        RunConfig old = RunFile.read("""
                {"format": 1, "model": "m.lamina", "train": {"folder": "d"}, "epochs": 3, "loss": "mse",
                 "backend": "cuda"}
                """, dir.resolve("run.json"));
        assertEquals(Backend.CUDA, old.backend());
        assertEquals(0, old.device(), "a format 1 file runs on the first GPU");
        String written = RunFile.write(old.withDevice(1));
        assertTrue(written.contains("\"format\": 3,"), written);
        assertTrue(written.endsWith("\"backend\": \"cuda\",\n  \"threads\": 0,\n  \"device\": 1\n}\n"), written);
        RunConfig again = RunFile.read(written, dir.resolve("run.json"));
        assertEquals(1, again.device());
        assertEquals(old.withDevice(1), again);
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\","
                + " \"device\": 1}", "$.device: \"device\" came with format 2; write \"format\": 2");
        assertError("{\"format\": 2, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\","
                + " \"device\": -1}", "$.device: expected a whole number >= 0, got -1");
        assertError("{\"format\": 4, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\"}",
                "$.format: format 4 is newer than this Lamina reads (up to 3); update Lamina to use it");
    }

    @Test
    void keepEpochsCameWithFormat3AndDefaultsToAuto() {
        RunConfig old = RunFile.read("""
                {"format": 2, "model": "m.lamina", "train": {"folder": "d"}, "epochs": 3, "loss": "mse"}
                """, dir.resolve("run.json"));
        assertEquals(KeptEpochs.AUTO, old.keepEpochs());
        String written = RunFile.write(old.withKeepEpochs(KeptEpochs.BEST_AND_LAST));
        assertTrue(written.contains("\"checkpoint_every\": 1,\n  \"keep_epochs\": \"best_and_last\","), written);
        assertEquals(KeptEpochs.BEST_AND_LAST, RunFile.read(written, dir.resolve("run.json")).keepEpochs());
        assertError("{\"format\": 2, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\","
                + " \"keep_epochs\": \"all\"}", "$.keep_epochs: \"keep_epochs\" came with format 3; write \"format\": 3");
        assertError("{\"format\": 3, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\","
                + " \"keep_epochs\": \"some\"}", "$.keep_epochs: expected one of auto, all, best_and_last, got \"some\"");
        assertTrue(KeptEpochs.AUTO.keepsEvery(KeptEpochs.AUTO_LIMIT_BYTES));
        assertFalse(KeptEpochs.AUTO.keepsEvery(KeptEpochs.AUTO_LIMIT_BYTES + 1));
        assertTrue(KeptEpochs.ALL.keepsEvery(Long.MAX_VALUE));
        assertFalse(KeptEpochs.BEST_AND_LAST.keepsEvery(1));
    }

    @Test
    void minimalRunGetsDefaults() {
        RunConfig config = RunFile.read("""
                {"format": 1, "model": "m.lamina", "epochs": 5, "loss": "sparse_categorical_crossentropy",
                 "train": {"images": "train-images-idx3-ubyte.gz", "labels": "train-labels-idx1-ubyte.gz"},
                 "validation": {"split": 0.2}, "optimizer": "sgd"}
                """, dir.resolve("run.json"));
        assertInstanceOf(DataSource.Idx.class, config.train());
        assertEquals(new Validation.Split(0.2), config.validation());
        assertEquals(new Optimizer(OptimizerKind.SGD, 0.01, 0), config.optimizer());
        assertEquals(32, config.batchSize());
        assertEquals(Preprocessing.defaults(), config.preprocessing());
        assertTrue(config.shuffle());
        RunConfig again = RunFile.read(RunFile.write(config), dir.resolve("run.json"));
        assertEquals(config, again);
        assertTrue(RunFile.write(config).contains("\"momentum\": 0.0"));
    }

    @Test
    void errorsNameFilePositionPathAndExpectation() {
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\",\n"
                + "  \"optimizer\": {\"name\": \"adamw\"}}",
                "run.json:2:25: $.optimizer.name: expected one of adam, rmsprop, sgd, adagrad, got \"adamw\"");
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 0, \"loss\": \"mse\"}",
                "$.epochs: expected a positive whole number, got 0");
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3}",
                "$.loss: missing");
        assertError("{\"model\": \"m\"}", "$.format: missing; expected \"format\": 3");
        assertError("{\"format\": 4}", "$.format: format 4 is newer than this Lamina reads");
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\","
                + " \"epoch\": 4}", "$.epoch: unknown key; expected one of format, model");
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\","
                + " \"early_stopping\": {\"monitor\": \"val_accuracy\"}}",
                "$.early_stopping: val_accuracy needs validation data");
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\","
                + " \"validation\": {\"split\": 1.5}}", "$.validation.split: expected a fraction between 0 and 1");
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"images\": \"i\"}, \"epochs\": 3, \"loss\": \"mse\"}",
                "$.train.labels: missing");
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\","
                + " \"optimizer\": {\"name\": \"adam\", \"momentum\": 0.9}}",
                "$.optimizer.momentum: momentum applies only to sgd, not adam");
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\","
                + " \"stop\": {\"metric\": \"accuracy\"}}", "$.stop: missing \"above\" or \"below\"");
        assertError("{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3, \"loss\": \"mse\","
                + " \"preprocessing\": {\"color_mode\": \"cmyk\"}}",
                "$.preprocessing.color_mode: color mode 'cmyk' is not one of grayscale, rgb, rgba");
        assertError("{\"format\": 1,,}", "run.json:1:14: expected a string key, got ','");
    }

    @Test
    void sparkSectionIsOptionalReadAndWrittenBack() {
        String local = "{\"format\": 1, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3,"
                + " \"loss\": \"mse\"";
        RunConfig plain = RunFile.read(local + "}", dir.resolve("run.json"));
        assertEquals(Optional.empty(), plain.spark());
        assertEquals(SparkSettings.defaults(), plain.sparkOrDefaults());
        assertFalse(RunFile.write(plain).contains("spark"), "a local run's file stays as before");

        RunConfig sharing = RunFile.read(local + ", \"spark\": {\"mode\": \"sharing\", \"workers\": 4,"
                + " \"batch_per_worker\": 16, \"threshold\": 0.0005}}", dir.resolve("run.json"));
        assertEquals(new SparkSettings(SparkMode.SHARING, 4, 16, 5, 0.0005), sharing.spark().orElseThrow());
        assertEquals(16, sharing.sparkOrDefaults().batchPerWorkerOr(32));
        assertEquals(sharing, RunFile.read(RunFile.write(sharing), dir.resolve("run.json")));
        assertEquals(SparkMode.AVERAGING, RunFile.read(local + ", \"spark\": {}}", dir.resolve("run.json"))
                .spark().orElseThrow().mode());

        assertError(local + ", \"spark\": {\"mode\": \"ring\"}}",
                "$.spark.mode: expected one of averaging, sharing, got \"ring\"");
        assertError(local + ", \"spark\": {\"workers\": -1}}", "$.spark.workers: expected a whole number >= 0");
        assertError(local + ", \"spark\": {\"averaging_frequency\": 0}}",
                "$.spark.averaging_frequency: expected a positive whole number, got 0");
        assertError(local + ", \"spark\": {\"threshold\": 0}}", "$.spark.threshold: expected a positive threshold");
        assertError(local + ", \"spark\": {\"driver\": \"x\"}}", "$.spark.driver: unknown key");
    }

    @Test
    void sparkMasterIsCheckedAsTheCliChecksIt() {
        String local = "{\"format\": 2, \"model\": \"m\", \"train\": {\"folder\": \"d\"}, \"epochs\": 3,"
                + " \"loss\": \"mse\"";
        RunConfig cluster = RunFile.read(local + ", \"spark\": {\"master\": \"spark://10.0.0.5:7077\"}}",
                dir.resolve("run.json"));
        assertEquals(Optional.of("spark://10.0.0.5:7077"), cluster.spark().orElseThrow().masterUrl());
        assertEquals(cluster, RunFile.read(RunFile.write(cluster), dir.resolve("run.json")));
        assertEquals(Optional.empty(), SparkMaster.problem("local[2]"));
        assertEquals(Optional.empty(), SparkMaster.problem("spark://a:7077,b:7077"));
        assertEquals(Optional.empty(), SparkMaster.problem("yarn"));
        String problem = SparkMaster.problem("spark://host").orElseThrow();
        assertEquals("'spark://host' is not a Spark master URL: expected spark://host:port, e.g."
                + " spark://127.0.0.1:7077", problem);
        assertError(local + ", \"spark\": {\"master\": \"spark://host\"}}", "$.spark.master: " + problem);
        assertError(local + ", \"spark\": {\"master\": \"local[0]\"}}", "$.spark.master: 'local[0]' is not a"
                + " Spark master URL");
    }

    @Test
    void missingFileIsOneLine() {
        Path missing = dir.resolve("none.json");
        DataException e = assertThrows(DataException.class, () -> RunFile.load(missing));
        assertEquals(missing + ": file not found", e.getMessage());
    }

    @Test
    void earlyStoppingTrackerFollowsKeras() {
        EarlyStopping.Tracker t = new EarlyStopping(TrainingMetric.VAL_LOSS, 2, 0.01, false).tracker();
        assertFalse(t.update(new EpochMetrics(1, 1, 0.5, 0.50, 0.5, 1)));
        assertFalse(t.update(new EpochMetrics(2, 1, 0.5, 0.40, 0.5, 1)));
        assertFalse(t.update(new EpochMetrics(3, 1, 0.5, 0.395, 0.5, 1)), "not better by more than min_delta: wait 1");
        assertTrue(t.update(new EpochMetrics(4, 1, 0.5, 0.45, 0.5, 1)), "wait 2 = patience");
        assertEquals(2, t.bestEpoch());
        EarlyStopping.Tracker acc = new EarlyStopping(TrainingMetric.VAL_ACCURACY, 0, 0, false).tracker();
        assertFalse(acc.update(new EpochMetrics(1, 1, 0.5, 0.5, 0.6, 1)));
        assertTrue(acc.update(new EpochMetrics(2, 1, 0.5, 0.5, 0.6, 1)));
    }

    private void assertError(String json, String expected) {
        RunConfigException e = assertThrows(RunConfigException.class, () -> RunFile.read(json, Path.of("run.json")));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("run.json"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
