// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** The Properties view page of a model editor: Undo and Redo there undo the editor's edits. */
final class LayerPropertySheetPage extends PropertySheetPage {

    private final ModelEditor editor;
    private UndoActionHandler undo;
    private RedoActionHandler redo;

    LayerPropertySheetPage(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        undo = new UndoActionHandler(editor.getSite(), editor.undoContext());
        redo = new RedoActionHandler(editor.getSite(), editor.undoContext());
        actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    @Override
    public void dispose() {
        if (undo != null) {
            undo.dispose();
            redo.dispose();
        }
        super.dispose();
    }
}
