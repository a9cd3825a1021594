// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.keras;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.lamina.core.diagram.DiagramLayout;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;

/**
 * An imported Keras model, with notes on what Lamina did not keep: settings that only matter for
 * training, such as a non-default initializer or a regularizer. Shape-changing settings Lamina
 * cannot represent are errors, not notes.
 */
public record KerasImport(Model model, List<String> notes) {

    public KerasImport {
        notes = List.copyOf(notes);
    }

    /**
     * Saves the model as a {@code .lamina} document with its diagram laid out: what {@code lamina import-keras} and
     * the Import wizard both write.
     */
    public void save(Path file) throws IOException {
        ModelFile.save(DiagramLayout.placed(model), file);
    }
}
