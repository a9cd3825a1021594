// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Hands the workbench's global actions (undo, redo, cut, copy, paste, delete, select all) to the active model editor. */
public class ModelEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof ModelEditor editor) {
            editor.contributeTo(getActionBars());
        }
    }
}
