// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.operations;

import java.util.List;

import dev.lamina.ui.editor.ModelDocument;

/** What operations change: an editor's document and its selection of layers. */
public interface ModelEditing {

    ModelDocument document();

    /** The selected layer names, in model order. */
    List<String> selectedLayers();

    /** Selects layers by name and reveals them. */
    void selectLayers(List<String> names);

    /**
     * Runs an edit through the workbench operation history, in the editor's undo context.
     *
     * @return whether the edit was made (an edit that fails is reported to the user)
     */
    boolean execute(ModelOperation operation);
}
