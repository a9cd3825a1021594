// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.lamina.cli.CommandException;
import dev.lamina.core.keras.KerasImport;
import dev.lamina.core.keras.KerasJson;
import dev.lamina.core.model.ModelFile;
import dev.lamina.core.model.ModelLoadException;

/** Loads a model from a {@code .lamina} document or a Keras {@code model.to_json()} file, by extension. */
final class ModelFiles {

    private ModelFiles() {
    }

    static KerasImport load(Path file) {
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                return KerasJson.load(file);
            }
            return new KerasImport(ModelFile.load(file), List.of());
        } catch (ModelLoadException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
