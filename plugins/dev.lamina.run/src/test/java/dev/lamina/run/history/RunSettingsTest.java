// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.run.folder.RunLayout;

/** Run settings side by side: every key of run.json, defaults filled in, and the keys that differ. */
class RunSettingsTest {

    @TempDir
    Path temp;

    @Test
    void twoRunsThatDifferInTheLearningRateDifferInThatKeyOnly() throws IOException {
        Path a = run("a", "{\"name\": \"adam\", \"learning_rate\": 0.001}");
        Path b = run("b", "{\"name\": \"adam\", \"learning_rate\": 0.01}");
        Map<String, String> first = RunSettings.of(a);
        Map<String, String> second = RunSettings.of(b);
        assertEquals("0.001", first.get("optimizer.learning_rate"));
        assertEquals("0.01", second.get("optimizer.learning_rate"));
        assertEquals("adam", first.get("optimizer.name"));
        assertEquals("3", first.get("epochs"));
        assertTrue(first.containsKey("batch_size"), "defaults are filled in: " + first.keySet());
        assertEquals(first.keySet(), second.keySet());
        assertEquals(List.of("optimizer.learning_rate"), RunSettings.differences(List.of(first, second)));
        assertEquals(List.of(), RunSettings.differences(List.of(first, first)));
    }

    private Path run(String name, String optimizer) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("runs").resolve(name));
        Files.writeString(folder.resolve(RunLayout.RUN), """
                {"format": 1, "model": "../../model.lamina", "train": {"folder": "../../data/train"},
                 "epochs": 3, "loss": "sparse_categorical_crossentropy", "optimizer": %s}
                """.formatted(optimizer));
        return folder;
    }
}
