// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.io.Utf8;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonNull;
import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonString;
import dev.lamina.core.json.JsonValue;
import dev.lamina.data.DataException;
import dev.lamina.data.augment.AugmentOptions;
import dev.lamina.data.augment.FillMode;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.Interpolation;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes run files, format version {@value #VERSION} (see {@code docs/run-config.md}).
 * Reading is strict: unknown keys, wrong types and values out of range are {@link RunConfigException}s
 * naming the file, line, column and JSON path. Relative paths are resolved against the run file's
 * folder. Writing gives every key in a fixed order, defaults included, so a saved file diffs well.
 */
public final class RunFile {

    /** The format version this Lamina writes and the newest it reads. */
    public static final int VERSION = 3;

    private static final List<String> TOP_LEVEL_KEYS = List.of("format", "model", "train", "validation",
            "preprocessing", "batch_size", "epochs", "shuffle", "seed", "optimizer", "loss", "stop", "early_stopping",
            "checkpoint_every", "keep_epochs", "backend", "threads", "device", "spark");
    private static final List<String> SOURCE_KEYS = List.of("folder", "images", "labels");
    private static final List<String> VALIDATION_KEYS = List.of("folder", "images", "labels", "split");
    private static final List<String> PREPROCESSING_KEYS = List.of("target_size", "color_mode", "interpolation",
            "rescale", "augmentation");
    private static final List<String> AUGMENTATION_KEYS = List.of("rotation_range", "width_shift_range",
            "height_shift_range", "shear_range", "zoom_range", "horizontal_flip", "vertical_flip", "fill_mode", "cval");
    private static final List<String> OPTIMIZER_KEYS = List.of("name", "learning_rate", "momentum");
    private static final List<String> STOP_KEYS = List.of("metric", "above", "below", "message");
    private static final List<String> EARLY_STOPPING_KEYS = List.of("monitor", "patience", "min_delta",
            "restore_best_weights");
    private static final List<String> SPARK_KEYS = List.of("mode", "workers", "batch_per_worker",
            "averaging_frequency", "threshold", "master");

    private RunFile() {
    }

    /** Loads a run file. Every failure, a missing file included, is a {@link RunConfigException}. */
    public static RunConfig load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RunConfigException(file, 0, 0, null, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new RunConfigException(file, 0, 0, null, "permission denied", e);
        } catch (IOException e) {
            throw new RunConfigException(file, 0, 0, null, "cannot read (" + e.getMessage() + ")", e);
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new RunConfigException(file, 0, 0, null, "not UTF-8 text", e);
        }
        return read(text, file);
    }

    /** Reads run-file text; {@code file} names it in messages and its folder anchors relative paths. */
    public static RunConfig read(String text, Path file) {
        JsonValue document;
        try {
            document = Json.parse(text, null);
        } catch (JsonException e) {
            throw RunConfigException.from(file, e);
        }
        return fromJson(document, file);
    }

    /** Reads a parsed run file. */
    public static RunConfig fromJson(JsonValue document, Path file) {
        try {
            return new Reader(file).config(document);
        } catch (JsonException e) {
            throw RunConfigException.from(file, e);
        }
    }

    /** The JSON tree of {@code config}, every key in a fixed order. */
    public static JsonObject toJson(RunConfig config) {
        Preprocessing p = config.preprocessing();
        JsonObject.Builder pre = JsonObject.builder()
                .put("target_size", p.targetSize().<JsonValue>map(s -> JsonArray.ofInts(s.height(), s.width()))
                        .orElse(JsonNull.NULL))
                .put("color_mode", p.colorMode().map(RunFile::colorModeName).orElse(null))
                .put("interpolation", p.interpolation().name().toLowerCase(Locale.ROOT))
                .put("rescale", p.rescale())
                .put("augmentation", p.augmentation().isIdentity() ? JsonNull.NULL : augmentation(p.augmentation()));
        JsonObject.Builder optimizer = JsonObject.builder()
                .put("name", config.optimizer().kind().jsonName())
                .put("learning_rate", config.optimizer().learningRate());
        if (config.optimizer().kind() == OptimizerKind.SGD) {
            optimizer.put("momentum", config.optimizer().momentum());
        }
        JsonObject.Builder root = JsonObject.builder()
                .put("format", VERSION)
                .put("model", config.model().written())
                .put("train", source(config.train()))
                .put("validation", validation(config.validation()))
                .put("preprocessing", pre.build())
                .put("batch_size", config.batchSize())
                .put("epochs", config.epochs())
                .put("shuffle", config.shuffle())
                .put("seed", config.seed())
                .put("optimizer", optimizer.build())
                .put("loss", config.loss().jsonName())
                .put("stop", config.stop().<JsonValue>map(RunFile::stop).orElse(JsonNull.NULL))
                .put("early_stopping", config.earlyStopping().<JsonValue>map(RunFile::earlyStopping)
                        .orElse(JsonNull.NULL))
                .put("checkpoint_every", config.checkpointEvery())
                .put("keep_epochs", config.keepEpochs().jsonName())
                .put("backend", config.backend().jsonName())
                .put("threads", config.threads())
                .put("device", config.device());
        // written only when the run has one, so files of local runs stay as they were
        config.spark().ifPresent(spark -> root.put("spark", spark(spark)));
        return root.build();
    }

    private static JsonObject spark(SparkSettings spark) {
        JsonObject.Builder object = JsonObject.builder()
                .put("mode", spark.mode().jsonName())
                .put("workers", spark.workers())
                .put("batch_per_worker", spark.batchPerWorker())
                .put("averaging_frequency", spark.averagingFrequency())
                .put("threshold", spark.threshold());
        spark.masterUrl().ifPresent(master -> object.put("master", master));
        return object.build();
    }

    /** The file text of {@code config}: pretty JSON ending in a newline. */
    public static String write(RunConfig config) {
        return Json.write(toJson(config)) + "\n";
    }

    /**
     * Saves atomically (see {@link AtomicFile}). Relative paths are rewritten relative to
     * {@code file}'s folder, so they keep pointing at the same files.
     */
    public static void save(RunConfig config, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        RunConfig rebased = rebase(config, folder);
        try {
            AtomicFile.write(file, write(rebased));
        } catch (IOException e) {
            throw new DataException(file, "cannot write run file (" + e.getMessage() + ")", e);
        }
    }

    /** {@code config} with its relative paths written relative to {@code folder}. */
    public static RunConfig rebase(RunConfig config, Path folder) {
        Validation validation = config.validation() instanceof Validation.Separate(DataSource s)
                ? new Validation.Separate(rebase(s, folder)) : config.validation();
        return new RunConfig(config.model().rebase(folder), rebase(config.train(), folder), validation,
                config.preprocessing(), config.batchSize(), config.epochs(), config.shuffle(), config.seed(),
                config.optimizer(), config.loss(), config.stop(), config.earlyStopping(), config.checkpointEvery(),
                config.backend(), config.threads(), config.device(), config.spark(), config.keepEpochs());
    }

    private static DataSource rebase(DataSource source, Path folder) {
        return switch (source) {
            case DataSource.Folder f -> new DataSource.Folder(f.folder().rebase(folder));
            case DataSource.Idx idx -> new DataSource.Idx(idx.images().rebase(folder), idx.labels().rebase(folder));
        };
    }

    private static JsonObject source(DataSource source) {
        return switch (source) {
            case DataSource.Folder f -> JsonObject.builder().put("folder", f.folder().written()).build();
            case DataSource.Idx idx -> JsonObject.builder().put("images", idx.images().written())
                    .put("labels", idx.labels().written()).build();
        };
    }

    private static JsonValue validation(Validation validation) {
        return switch (validation) {
            case Validation.None n -> JsonNull.NULL;
            case Validation.Split s -> JsonObject.builder().put("split", s.fraction()).build();
            case Validation.Separate s -> source(s.source());
        };
    }

    private static JsonObject augmentation(AugmentOptions a) {
        return JsonObject.builder()
                .put("rotation_range", a.rotationRange())
                .put("width_shift_range", a.widthShiftRange())
                .put("height_shift_range", a.heightShiftRange())
                .put("shear_range", a.shearRange())
                .put("zoom_range", JsonArray.of(JsonNumber.of(a.zoomLow()), JsonNumber.of(a.zoomHigh())))
                .put("horizontal_flip", a.horizontalFlip())
                .put("vertical_flip", a.verticalFlip())
                .put("fill_mode", a.fillMode().name().toLowerCase(Locale.ROOT))
                .put("cval", (double) a.cval())
                .build();
    }

    private static JsonObject stop(StopCondition s) {
        return JsonObject.builder()
                .put("metric", s.metric().jsonName())
                .put(s.above() ? "above" : "below", s.threshold())
                .put("message", s.message())
                .build();
    }

    private static JsonObject earlyStopping(EarlyStopping e) {
        return JsonObject.builder()
                .put("monitor", e.monitor().jsonName())
                .put("patience", e.patience())
                .put("min_delta", e.minDelta())
                .put("restore_best_weights", e.restoreBestWeights())
                .build();
    }

    private static String colorModeName(ColorMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /** Reads one document, knowing the file for messages and relative paths. */
    private static final class Reader {

        private final Path file;
        private final Path folder;

        Reader(Path file) {
            this.file = file;
            Path parent = file.toAbsolutePath().getParent();
            this.folder = parent == null ? Path.of("").toAbsolutePath() : parent;
        }

        RunConfig config(JsonValue document) {
            JsonObject root = document.asObject();
            int version = checkFormat(root);
            root.rejectUnknownKeys(TOP_LEVEL_KEYS);
            if (version < 2 && root.has("device")) {
                throw error(root.require("device"), "\"device\" came with format 2; write \"format\": 2");
            }
            if (version < 3 && root.has("keep_epochs")) {
                throw error(root.require("keep_epochs"), "\"keep_epochs\" came with format 3; write \"format\": 3");
            }
            FilePath model = path(root.require("model"));
            DataSource train = source(root.getObject("train"), false);
            Validation validation = root.isAbsentOrNull("validation") ? new Validation.None()
                    : validation(root.getObject("validation"));
            Preprocessing preprocessing = root.isAbsentOrNull("preprocessing") ? Preprocessing.defaults()
                    : preprocessing(root.getObject("preprocessing"));
            int batchSize = root.has("batch_size") ? atLeast(root.require("batch_size"), 1) : RunConfig.DEFAULT_BATCH_SIZE;
            int epochs = atLeast(root.require("epochs"), 1);
            boolean shuffle = root.getBoolean("shuffle", true);
            long seed = root.has("seed") ? root.getLong("seed") : 0;
            Optimizer optimizer = root.has("optimizer") ? optimizer(root.require("optimizer"))
                    : Optimizer.of(OptimizerKind.ADAM);
            Loss loss = named(root.require("loss"), Loss::fromJsonName, Loss.jsonNames());
            Optional<StopCondition> stop = root.isAbsentOrNull("stop") ? Optional.empty()
                    : Optional.of(stop(root.getObject("stop")));
            Optional<EarlyStopping> early = root.isAbsentOrNull("early_stopping") ? Optional.empty()
                    : Optional.of(earlyStopping(root.getObject("early_stopping")));
            if (!validation.isPresent()) {
                needsValidation(root, "stop", stop.map(s -> s.metric()));
                needsValidation(root, "early_stopping", early.map(e -> e.monitor()));
            }
            int checkpointEvery = root.has("checkpoint_every") ? atLeast(root.require("checkpoint_every"), 0) : 1;
            KeptEpochs keepEpochs = root.has("keep_epochs")
                    ? named(root.require("keep_epochs"), KeptEpochs::fromJsonName, KeptEpochs.jsonNames())
                    : KeptEpochs.AUTO;
            Backend backend = root.has("backend")
                    ? named(root.require("backend"), Backend::fromJsonName, Backend.jsonNames()) : Backend.AUTO;
            int threads = root.has("threads") ? atLeast(root.require("threads"), 0) : 0;
            int device = root.has("device") ? atLeast(root.require("device"), 0) : 0;
            Optional<SparkSettings> spark = root.isAbsentOrNull("spark") ? Optional.empty()
                    : Optional.of(spark(root.getObject("spark")));
            try {
                return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed,
                        optimizer, loss, stop, early, checkpointEvery, backend, threads, device, spark, keepEpochs);
            } catch (IllegalArgumentException e) {
                throw error(root, e.getMessage());
            }
        }

        private int checkFormat(JsonObject root) {
            JsonValue format = root.get("format");
            if (format == null) {
                throw new RunConfigException(file, root.originOf("format"), "missing; expected \"format\": "
                        + VERSION + " (is this a Lamina run file?)");
            }
            int version;
            try {
                version = format.asInt();
            } catch (JsonException e) {
                throw error(format, "expected format version " + VERSION + ", got " + format.describe());
            }
            if (version > VERSION) {
                throw error(format, "format " + version + " is newer than this Lamina reads (up to " + VERSION
                        + "); update Lamina to use it");
            }
            if (version < 1) {
                throw error(format, "expected format version " + VERSION + ", got " + version);
            }
            return version;
        }

        private DataSource source(JsonObject object, boolean validation) {
            object.rejectUnknownKeys(validation ? VALIDATION_KEYS : SOURCE_KEYS);
            boolean folder = object.has("folder");
            boolean idx = object.has("images") || object.has("labels");
            if (folder == idx) {
                throw error(object, folder
                        ? "give either \"folder\" or \"images\" and \"labels\", not both"
                        : "expected {\"folder\": ...} or {\"images\": ..., \"labels\": ...}"
                                + (validation ? " or {\"split\": 0.2}" : ""));
            }
            if (folder) {
                return new DataSource.Folder(path(object.require("folder")));
            }
            return new DataSource.Idx(path(object.require("images")), path(object.require("labels")));
        }

        private Validation validation(JsonObject object) {
            if (object.has("split")) {
                object.rejectUnknownKeys(List.of("split"));
                JsonValue split = object.require("split");
                double fraction = split.asDouble();
                if (!(fraction > 0 && fraction < 1)) {
                    throw error(split, "expected a fraction between 0 and 1 (exclusive), got " + split.describe());
                }
                return new Validation.Split(fraction);
            }
            return new Validation.Separate(source(object, true));
        }

        private Preprocessing preprocessing(JsonObject object) {
            object.rejectUnknownKeys(PREPROCESSING_KEYS);
            Optional<TargetSize> size = Optional.empty();
            if (!object.isAbsentOrNull("target_size")) {
                JsonArray array = object.getArray("target_size");
                if (array.size() != 2) {
                    throw error(array, "expected [height, width], got " + array.describe());
                }
                size = Optional.of(new TargetSize(atLeast(array.get(0), 1), atLeast(array.get(1), 1)));
            }
            Optional<ColorMode> colorMode = object.isAbsentOrNull("color_mode") ? Optional.empty()
                    : Optional.of(parsed(object.require("color_mode"), ColorMode::parse));
            Interpolation interpolation = object.has("interpolation")
                    ? parsed(object.require("interpolation"), Interpolation::parse) : Interpolation.NEAREST;
            double rescale = 1;
            if (object.has("rescale")) {
                JsonValue value = object.require("rescale");
                rescale = value.asDouble();
                if (!(rescale > 0)) {
                    throw error(value, "expected a positive number such as 0.00392156862745098 (1/255), got "
                            + value.describe());
                }
            }
            AugmentOptions augmentation = object.isAbsentOrNull("augmentation") ? AugmentOptions.none()
                    : augmentation(object.getObject("augmentation"));
            return new Preprocessing(size, colorMode, interpolation, rescale, augmentation);
        }

        private AugmentOptions augmentation(JsonObject object) {
            object.rejectUnknownKeys(AUGMENTATION_KEYS);
            AugmentOptions a = AugmentOptions.none()
                    .withRotationRange(nonNegative(object, "rotation_range"))
                    .withWidthShiftRange(nonNegative(object, "width_shift_range"))
                    .withHeightShiftRange(nonNegative(object, "height_shift_range"))
                    .withShearRange(nonNegative(object, "shear_range"))
                    .withHorizontalFlip(object.getBoolean("horizontal_flip", false))
                    .withVerticalFlip(object.getBoolean("vertical_flip", false));
            if (!object.isAbsentOrNull("zoom_range")) {
                JsonValue zoom = object.require("zoom_range");
                if (zoom instanceof JsonArray pair) {
                    if (pair.size() != 2) {
                        throw error(pair, "expected a number or [low, high], got " + pair.describe());
                    }
                    double low = pair.get(0).asDouble();
                    double high = pair.get(1).asDouble();
                    if (!(low > 0 && high >= low)) {
                        throw error(pair, "expected 0 < low <= high, got " + pair.describe());
                    }
                    a = a.withZoomRange(low, high);
                } else {
                    double range = zoom.asDouble();
                    if (!(range >= 0 && range < 1)) {
                        throw error(zoom, "expected a number in [0, 1) (zoom between 1 - z and 1 + z), got "
                                + zoom.describe());
                    }
                    a = a.withZoomRange(range);
                }
            }
            FillMode fill = object.has("fill_mode") ? parsed(object.require("fill_mode"), FillMode::parse)
                    : FillMode.NEAREST;
            double cval = 0;
            if (object.has("cval")) {
                JsonValue value = object.require("cval");
                cval = value.asDouble();
                if (!(cval >= 0 && cval <= 255)) {
                    throw error(value, "expected a pixel value between 0 and 255, got " + value.describe());
                }
            }
            return a.withFillMode(fill, (float) cval);
        }

        private Optimizer optimizer(JsonValue value) {
            if (!(value instanceof JsonObject object)) {
                OptimizerKind kind = named(value, OptimizerKind::fromJsonName, OptimizerKind.jsonNames());
                return Optimizer.of(kind);
            }
            object.rejectUnknownKeys(OPTIMIZER_KEYS);
            OptimizerKind kind = named(object.require("name"), OptimizerKind::fromJsonName, OptimizerKind.jsonNames());
            double rate = kind.defaultLearningRate();
            if (object.has("learning_rate")) {
                JsonValue lr = object.require("learning_rate");
                rate = lr.asDouble();
                if (!(rate > 0)) {
                    throw error(lr, "expected a positive learning rate, got " + lr.describe());
                }
            }
            double momentum = 0;
            if (object.has("momentum")) {
                JsonValue m = object.require("momentum");
                if (kind != OptimizerKind.SGD) {
                    throw error(m, "momentum applies only to sgd, not " + kind.jsonName());
                }
                momentum = m.asDouble();
                if (!(momentum >= 0 && momentum < 1)) {
                    throw error(m, "expected a momentum in [0, 1), got " + m.describe());
                }
            }
            return new Optimizer(kind, rate, momentum);
        }

        private StopCondition stop(JsonObject object) {
            object.rejectUnknownKeys(STOP_KEYS);
            TrainingMetric metric = named(object.require("metric"), TrainingMetric::fromJsonName,
                    TrainingMetric.jsonNames());
            boolean above = object.has("above");
            if (above == object.has("below")) {
                throw error(object, above ? "give \"above\" or \"below\", not both"
                        : "missing \"above\" or \"below\", e.g. {\"metric\": \"accuracy\", \"above\": 0.998}");
            }
            double threshold = object.require(above ? "above" : "below").asDouble();
            String message = object.isAbsentOrNull("message") ? null : object.getString("message");
            return new StopCondition(metric, above, threshold, message);
        }

        private EarlyStopping earlyStopping(JsonObject object) {
            object.rejectUnknownKeys(EARLY_STOPPING_KEYS);
            TrainingMetric monitor = object.has("monitor")
                    ? named(object.require("monitor"), TrainingMetric::fromJsonName, TrainingMetric.jsonNames())
                    : TrainingMetric.VAL_LOSS;
            int patience = object.has("patience") ? atLeast(object.require("patience"), 0) : 0;
            double minDelta = nonNegative(object, "min_delta");
            return new EarlyStopping(monitor, patience, minDelta, object.getBoolean("restore_best_weights", false));
        }

        private SparkSettings spark(JsonObject object) {
            object.rejectUnknownKeys(SPARK_KEYS);
            SparkMode mode = object.has("mode")
                    ? named(object.require("mode"), SparkMode::fromJsonName, SparkMode.jsonNames())
                    : SparkMode.AVERAGING;
            int workers = object.has("workers") ? atLeast(object.require("workers"), 0) : 0;
            int batch = object.has("batch_per_worker") ? atLeast(object.require("batch_per_worker"), 0) : 0;
            int frequency = object.has("averaging_frequency") ? atLeast(object.require("averaging_frequency"), 1)
                    : SparkSettings.DEFAULT_AVERAGING_FREQUENCY;
            double threshold = SparkSettings.DEFAULT_THRESHOLD;
            if (object.has("threshold")) {
                JsonValue value = object.require("threshold");
                threshold = value.asDouble();
                if (!(threshold > 0)) {
                    throw error(value, "expected a positive threshold such as 0.001, got " + value.describe());
                }
            }
            String master = null;
            if (object.has("master")) {
                JsonValue value = object.require("master");
                master = value instanceof JsonString s ? s.asString() : null;
                Optional<String> problem = SparkMaster.problem(master);
                if (problem.isPresent()) {
                    throw error(value, problem.get());
                }
            }
            return new SparkSettings(mode, workers, batch, frequency, threshold, master);
        }

        private void needsValidation(JsonObject root, String key, Optional<TrainingMetric> metric) {
            if (metric.isPresent() && metric.get().isValidation()) {
                throw error(root.get(key), metric.get().jsonName() + " needs validation data; add \"validation\" "
                        + "(a folder, images and labels, or {\"split\": 0.2}) or watch "
                        + (metric.get().higherIsBetter() ? "accuracy" : "loss"));
            }
        }

        private FilePath path(JsonValue value) {
            String text = value.asString();
            if (text.isBlank()) {
                throw error(value, "expected a path, got an empty string");
            }
            try {
                return FilePath.parse(text, folder);
            } catch (RuntimeException e) {
                throw error(value, "not a valid path: " + value.describe());
            }
        }

        private int atLeast(JsonValue value, int minimum) {
            int n;
            try {
                n = value.asInt();
            } catch (JsonException e) {
                throw error(value, "expected " + (minimum == 0 ? "a whole number >= 0" : "a positive whole number")
                        + ", got " + value.describe());
            }
            if (n < minimum) {
                throw error(value, "expected " + (minimum == 0 ? "a whole number >= 0" : "a positive whole number")
                        + ", got " + n);
            }
            return n;
        }

        private double nonNegative(JsonObject object, String key) {
            if (!object.has(key)) {
                return 0;
            }
            JsonValue value = object.require(key);
            double d = value.asDouble();
            if (!(d >= 0)) {
                throw error(value, "expected a number >= 0, got " + value.describe());
            }
            return d;
        }

        private <T> T named(JsonValue value, Function<String, Optional<T>> lookup, List<String> names) {
            String text = value.asString();
            return lookup.apply(text).orElseThrow(() -> error(value, "expected one of " + String.join(", ", names)
                    + ", got " + value.describe()));
        }

        private <T> T parsed(JsonValue value, Function<String, T> parser) {
            String text = value.asString();
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw error(value, e.getMessage());
            }
        }

        private RunConfigException error(JsonValue value, String reason) {
            return new RunConfigException(file, value.origin(), reason);
        }
    }
}
