// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonString;
import dev.lamina.core.json.JsonValue;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.folder.RunLayout;

/**
 * A run's settings as flat {@code key = value} lines ({@code optimizer.learning_rate = 0.01}), from its
 * {@code run.json} read through {@link RunFile} (so defaults are filled in and every run lists the same keys), and
 * the keys in which several runs differ.
 */
public final class RunSettings {

    private RunSettings() {
    }

    /**
     * The settings of the run in {@code runFolder}, in the order run.json writes them.
     *
     * @throws dev.lamina.data.DataException naming the file when its run.json cannot be read
     */
    public static Map<String, String> of(Path runFolder) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", RunFile.toJson(RunFile.load(runFolder.resolve(RunLayout.RUN))), flat);
        return flat;
    }

    /** Every key of {@code runs}, in first-seen order. */
    public static List<String> keys(List<Map<String, String>> runs) {
        Set<String> keys = new LinkedHashSet<>();
        runs.forEach(run -> keys.addAll(run.keySet()));
        return new ArrayList<>(keys);
    }

    /** The keys whose value is not the same in every run (a key missing from a run counts as a difference). */
    public static List<String> differences(List<Map<String, String>> runs) {
        List<String> different = new ArrayList<>();
        for (String key : keys(runs)) {
            String first = runs.get(0).get(key);
            if (runs.stream().anyMatch(run -> !Objects.equals(first, run.get(key)))) {
                different.add(key);
            }
        }
        return different;
    }

    private static void flatten(String prefix, JsonValue value, Map<String, String> out) {
        if (value instanceof JsonObject object && object.size() > 0) {
            object.members().forEach((key, member) -> flatten(prefix.isEmpty() ? key : prefix + "." + key, member,
                    out));
        } else {
            out.put(prefix, value.isNull() ? "" : value instanceof JsonString text ? text.asString()
                    : Json.writeCompact(value));
        }
    }
}
