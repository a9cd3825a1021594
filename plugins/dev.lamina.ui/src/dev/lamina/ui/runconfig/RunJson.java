// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonString;
import dev.lamina.core.json.JsonValue;
import dev.lamina.run.config.DataSource;
import dev.lamina.run.config.EarlyStopping;
import dev.lamina.run.config.FilePath;
import dev.lamina.run.config.Loss;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.StopCondition;
import dev.lamina.run.config.TrainingMetric;

/**
 * Reads and changes single values of a run file's JSON tree by key path ({@code "optimizer", "learning_rate"}). A key
 * that is added goes where {@link RunFile#write} puts it, so edited files keep the documented order; a value the
 * user typed that is not the expected kind is kept as typed (a string), so that the run file's parser names it.
 */
public final class RunJson {

    /** The key order of each object, as {@link RunFile#toJson} writes a run file with every key. */
    private static final Map<String, List<String>> ORDER = order();

    private RunJson() {
    }

    /** The value at {@code path}, or empty when a key on the way is absent or not an object. */
    public static Optional<JsonValue> get(JsonObject root, String... path) {
        JsonValue value = root;
        for (String key : path) {
            if (value instanceof JsonString shortForm && "name".equals(key)) {
                return Optional.of(shortForm); // "optimizer": "adam"
            }
            JsonObject object = asObject(value);
            if (object == null || !object.has(key)) {
                return Optional.empty();
            }
            value = object.get(key);
        }
        return Optional.of(value);
    }

    /** The value at {@code path} as the form shows it: strings without quotes, other values as JSON, absent as "". */
    public static String text(JsonObject root, String... path) {
        return get(root, path).map(v -> v instanceof JsonString s ? s.asString() : v.isNull() ? "" : Json
                .writeCompact(v)).orElse("");
    }

    /**
     * {@code root} with the value at {@code path} replaced, added or (for {@code null}) removed. Objects on the way
     * are created; the optimizer's short form {@code "adam"} becomes {@code {"name": "adam", ...}}.
     */
    public static JsonObject with(JsonObject root, JsonValue value, String... path) {
        return with(root, "", value, path, 0);
    }

    private static JsonObject with(JsonObject object, String where, JsonValue value, String[] path, int index) {
        String key = path[index];
        Map<String, JsonValue> members = new LinkedHashMap<>(object == null ? Map.of() : object.members());
        JsonValue replacement;
        if (index == path.length - 1) {
            replacement = value;
        } else {
            JsonValue child = members.get(key);
            JsonObject childObject = asObject(child);
            if (childObject == null && child instanceof JsonString name && "optimizer".equals(key)) {
                childObject = JsonObject.builder().put("name", name.asString()).build();
            }
            replacement = with(childObject, where + "." + key, value, path, index + 1);
        }
        if (replacement == null || replacement instanceof JsonObject emptied && emptied.size() == 0 && value == null) {
            members.remove(key);
        } else if (members.containsKey(key)) {
            members.put(key, replacement);
        } else {
            members = inserted(members, key, replacement, ORDER.getOrDefault(where, List.of()));
        }
        JsonObject.Builder builder = JsonObject.builder();
        members.forEach(builder::put);
        return builder.build();
    }

    private static Map<String, JsonValue> inserted(Map<String, JsonValue> members, String key, JsonValue value,
            List<String> order) {
        int rank = order.indexOf(key);
        Map<String, JsonValue> out = new LinkedHashMap<>();
        boolean placed = false;
        for (Map.Entry<String, JsonValue> member : members.entrySet()) {
            int memberRank = order.indexOf(member.getKey());
            if (!placed && rank >= 0 && memberRank > rank) {
                out.put(key, value);
                placed = true;
            }
            out.put(member.getKey(), member.getValue());
        }
        if (!placed) {
            out.put(key, value);
        }
        return out;
    }

    /**
     * What the user typed into a number field: a JSON value (number, array) when it reads as one, {@code null} (the key removed, its
     * default applies) when empty, and otherwise the text as a string, which the parser reports.
     */
    public static JsonValue typed(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Json.parse(text);
        } catch (JsonException e) {
            return JsonString.of(text);
        }
    }

    /** What the user typed into a text field: a string, or {@code null} (removed) when empty. */
    public static JsonValue string(String typed) {
        return typed.isEmpty() ? null : JsonString.of(typed);
    }

    /** The text of {@code root} as the editor writes it: pretty JSON ending in a newline, like {@link RunFile#write}. */
    public static String write(JsonObject root) {
        return Json.write(root) + "\n";
    }

    private static JsonObject asObject(JsonValue value) {
        return value instanceof JsonObject object ? object : null;
    }

    private static Map<String, List<String>> order() {
        Path anywhere = Path.of("/").toAbsolutePath();
        RunConfig every = RunConfig.defaults(FilePath.parse("model.lamina", anywhere), new DataSource.Folder(FilePath
                .parse("data", anywhere)), Loss.values()[0], 1)
                .withStop(new StopCondition(TrainingMetric.LOSS, false, 1, "stop"))
                .withEarlyStopping(new EarlyStopping(TrainingMetric.LOSS, 0, 0, false));
        Map<String, List<String>> order = new LinkedHashMap<>();
        collect(RunFile.toJson(every), "", order);
        order.computeIfAbsent(".train", k -> new ArrayList<>()).addAll(List.of("folder", "images", "labels"));
        order.computeIfAbsent(".validation", k -> new ArrayList<>()).addAll(List.of("folder", "images", "labels",
                "split"));
        order.computeIfAbsent(".optimizer", k -> new ArrayList<>()).add("momentum");
        return order;
    }

    private static void collect(JsonObject object, String where, Map<String, List<String>> order) {
        order.put(where, new ArrayList<>(object.keys()));
        object.members().forEach((key, value) -> {
            if (value instanceof JsonObject child) {
                collect(child, where + "." + key, order);
            }
        });
    }
}
