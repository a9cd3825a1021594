// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.exercise;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.lamina.core.io.Utf8;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.data.DataException;
import dev.lamina.run.config.TrainingMetric;

/**
 * Reads {@code exercise.json}, an exercise's rules (format documented in docs/exercises.md). Strict: unknown keys
 * are errors. Every problem is a {@link DataException} with one line {@code file:line:column: $.path: reason}.
 */
public final class ExerciseFile {

    /** The file name inside an exercise folder. */
    public static final String NAME = "exercise.json";
    /** The newest format this Lamina reads. */
    public static final int VERSION = 1;

    private static final Set<String> ROOT_KEYS = Set.of("format", "name", "title", "model", "run");
    private static final Set<String> MODEL_KEYS = Set.of("input", "layers", "output", "max_params");
    private static final Set<String> LAYER_KEYS = Set.of("type", "exactly", "min", "max", "hint");
    private static final Set<String> OUTPUT_KEYS = Set.of("units", "activation");
    private static final Set<String> RUN_KEYS = Set.of("metric", "above", "below", "max_epochs");

    private ExerciseFile() {
    }

    /** Loads the rules of the exercise in {@code file} (an {@code exercise.json}). */
    public static ExerciseRules load(Path file) {
        String text;
        try {
            text = Utf8.read(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file, "file not found", e);
        } catch (IOException e) {
            throw new DataException(file, "cannot read (" + e.getMessage() + ")", e);
        }
        return read(text, file.toString());
    }

    /** Reads exercise rules from text; {@code fileName} names it in messages. */
    public static ExerciseRules read(String text, String fileName) {
        try {
            return rules(Json.parse(text, fileName).asObject());
        } catch (JsonException e) {
            throw new DataException(null, e.getMessage(), e);
        }
    }

    private static ExerciseRules rules(JsonObject root) {
        JsonValue format = root.require("format");
        int version = format.asInt();
        if (version > VERSION) {
            throw format.error("format " + version + " is newer than this Lamina reads (up to " + VERSION
                    + "); update Lamina to check this exercise");
        }
        if (version < 1) {
            throw format.expected("format 1");
        }
        root.rejectUnknownKeys(ROOT_KEYS);
        String name = root.getString("name");
        String title = root.getString("title", name);
        Optional<ExerciseRules.InputRule> input = Optional.empty();
        List<ExerciseRules.LayerCountRule> layers = new ArrayList<>();
        Optional<ExerciseRules.OutputRule> output = Optional.empty();
        Optional<Long> maxParams = Optional.empty();
        if (!root.isAbsentOrNull("model")) {
            JsonObject model = root.getObject("model");
            model.rejectUnknownKeys(MODEL_KEYS);
            if (!model.isAbsentOrNull("input")) {
                int[] dims = model.getArray("input").asInts();
                if (dims.length != 3 || dims[0] < 1 || dims[1] < 1 || dims[2] < 1) {
                    throw model.get("input").expected("[height, width, channels], positive integers");
                }
                input = Optional.of(new ExerciseRules.InputRule(dims[0], dims[1], dims[2]));
            }
            if (!model.isAbsentOrNull("layers")) {
                for (JsonValue value : model.getArray("layers")) {
                    layers.add(layerCount(value.asObject()));
                }
            }
            if (!model.isAbsentOrNull("output")) {
                JsonObject out = model.getObject("output");
                out.rejectUnknownKeys(OUTPUT_KEYS);
                output = Optional.of(new ExerciseRules.OutputRule(positive(out.require("units")),
                        named(out.require("activation"), ActivationFunction::fromKerasName, "an activation name")));
            }
            if (!model.isAbsentOrNull("max_params")) {
                long max = model.require("max_params").asLong();
                if (max < 1) {
                    throw model.get("max_params").expected("a positive integer");
                }
                maxParams = Optional.of(max);
            }
        }
        Optional<ExerciseRules.TargetRule> target = root.isAbsentOrNull("run") ? Optional.empty()
                : Optional.of(target(root.getObject("run")));
        return new ExerciseRules(name, title, input, layers, output, maxParams, target);
    }

    private static ExerciseRules.LayerCountRule layerCount(JsonObject object) {
        object.rejectUnknownKeys(LAYER_KEYS);
        LayerKind kind = named(object.require("type"), LayerKind::fromKerasName,
                "a layer type (" + LayerKind.allKerasNames() + ")");
        int min;
        int max;
        if (object.has("exactly")) {
            if (object.has("min") || object.has("max")) {
                throw object.error("give \"exactly\" or \"min\"/\"max\", not both");
            }
            min = count(object.get("exactly"));
            max = min;
        } else if (object.has("min") || object.has("max")) {
            min = object.has("min") ? count(object.get("min")) : 0;
            max = object.has("max") ? count(object.get("max")) : Integer.MAX_VALUE;
            if (min > max) {
                throw object.error("\"min\" " + min + " is more than \"max\" " + max);
            }
        } else {
            throw object.error("missing \"exactly\", \"min\" or \"max\", e.g. {\"type\": \"Conv2D\", \"exactly\": 1}");
        }
        String hint = object.isAbsentOrNull("hint") ? null : object.getString("hint");
        return new ExerciseRules.LayerCountRule(kind, min, max, hint);
    }

    private static ExerciseRules.TargetRule target(JsonObject run) {
        run.rejectUnknownKeys(RUN_KEYS);
        TrainingMetric metric = named(run.require("metric"), TrainingMetric::fromJsonName,
                "one of " + String.join(", ", TrainingMetric.jsonNames()));
        boolean above = run.has("above");
        if (above == run.has("below")) {
            throw run.error(above ? "give \"above\" or \"below\", not both"
                    : "missing \"above\" or \"below\", e.g. {\"metric\": \"accuracy\", \"above\": 0.998}");
        }
        double threshold = run.require(above ? "above" : "below").asDouble();
        return new ExerciseRules.TargetRule(metric, above, threshold, positive(run.require("max_epochs")));
    }

    private static int positive(JsonValue value) {
        int n = value.asInt();
        if (n < 1) {
            throw value.expected("a positive integer");
        }
        return n;
    }

    private static int count(JsonValue value) {
        int n = value.asInt();
        if (n < 0) {
            throw value.expected("a count ≥ 0");
        }
        return n;
    }

    private static <T> T named(JsonValue value, Function<String, Optional<T>> lookup, String what) {
        return lookup.apply(value.asString()).orElseThrow(() -> value.expected(what));
    }
}
