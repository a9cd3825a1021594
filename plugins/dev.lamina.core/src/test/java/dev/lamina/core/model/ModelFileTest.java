// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.core.examples.CourseModels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path dir;

    @Test
    void saveThenLoad() throws Exception {
        Path file = dir.resolve("horses.lamina");
        Model model = CourseModels.horsesOrHumans();
        ModelFile.save(model, file);
        assertEquals(model, ModelFile.load(file));
        assertEquals(LaminaFormat.write(model), Files.readString(file));
    }

    @Test
    void aFailedLoadNeverTouchesTheFile() throws Exception {
        Path file = dir.resolve("horses.lamina");
        String broken = LaminaFormat.write(CourseModels.horsesOrHumans()).replace("\"filters\": 32", "\"filters\": -3");
        Files.writeString(file, broken);
        var modified = Files.getLastModifiedTime(file);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFile.load(file));
        assertEquals("horses.lamina:32:18: $.layers[3].filters: expected a positive integer, got -3", e.getMessage());
        assertEquals(broken, Files.readString(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
    }

    @Test
    void missingAndNonUtf8FilesAreLoadErrors() throws Exception {
        ModelLoadException missing = assertThrows(ModelLoadException.class,
                () -> ModelFile.load(dir.resolve("nope.lamina")));
        assertEquals("nope.lamina: no such file: " + dir.resolve("nope.lamina"), missing.getMessage());

        Path latin1 = dir.resolve("latin1.lamina");
        byte[] bytes = {'{', '"', (byte) 0xE9, '"', ':', '1', '}'};
        Files.write(latin1, bytes);
        assertEquals("latin1.lamina: not UTF-8 text",
                assertThrows(ModelLoadException.class, () -> ModelFile.load(latin1)).getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(latin1));
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.lamina");
        Files.writeString(file, "{\n  \"format\": 1\n  \"layers\": []\n}\n");
        assertEquals("bad.lamina:3:3: expected ',' or '}' after object member, got '\"'",
                assertThrows(ModelLoadException.class, () -> ModelFile.load(file)).getMessage());
    }
}
