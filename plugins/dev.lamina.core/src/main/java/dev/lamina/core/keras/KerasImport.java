package dev.lamina.core.keras;

import dev.lamina.core.model.Model;
import java.util.List;

/**
 * An imported Keras model, with notes on what Lamina did not keep: settings that only matter for
 * training, such as a non-default initializer or a regularizer. Shape-changing settings Lamina
 * cannot represent are errors, not notes.
 */
public record KerasImport(Model model, List<String> notes) {

    public KerasImport {
        notes = List.copyOf(notes);
    }
}
