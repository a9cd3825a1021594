// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Hands the workbench's undo, redo and (on the Source page) clipboard actions to the active run file editor. */
public class RunConfigEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof RunConfigEditor editor) {
            editor.contributeTo(getActionBars());
        }
    }
}
