// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.operations;

import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.lamina.core.diagram.DiagramLayout;
import dev.lamina.core.model.Model;

/**
 * One undoable edit of a model. Models are immutable, so an edit keeps the model before and after
 * it (and the selections) and undo and redo just swap them back in. An edit that changes nothing
 * cancels itself and stays out of the history.
 */
public abstract class ModelOperation extends AbstractOperation {

    private final ModelEditing editing;
    private Model before;
    private Model after;
    private List<String> selectionBefore;
    private List<String> selectionAfter;

    protected ModelOperation(String label, ModelEditing editing) {
        super(label);
        this.editing = editing;
    }

    /**
     * The edited model.
     *
     * @throws IllegalArgumentException with a message for the user when the edit is not possible
     */
    protected abstract Model apply(Model model);

    /** The layers to select after the edit; by default the selection stays. */
    protected List<String> selectionAfter(Model edited, List<String> selected) {
        return selected.stream().filter(name -> edited.indexOf(name) >= 0).toList();
    }

    /** Who the change comes from, for the document's listeners. */
    protected Object origin() {
        return null;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        before = editing.document().model();
        selectionBefore = editing.selectedLayers();
        Model edited;
        try {
            edited = apply(before);
        } catch (IllegalArgumentException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        after = keepsLayout() ? edited : DiagramLayout.placed(edited);
        if (after.equals(before)) {
            return Status.CANCEL_STATUS;
        }
        selectionAfter = selectionAfter(after, selectionBefore);
        editing.document().setModel(after, origin());
        editing.selectLayers(selectionAfter);
        return Status.OK_STATUS;
    }

    /** Whether the edited model keeps its own layout rather than the diagram's column. */
    protected boolean keepsLayout() {
        return false;
    }

    @Override
    public boolean canUndo() {
        return after != null && editing.document().model().equals(after);
    }

    @Override
    public boolean canRedo() {
        return before != null && editing.document().model().equals(before);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        editing.document().setModel(before, null);
        editing.selectLayers(selectionBefore);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        editing.document().setModel(after, null);
        editing.selectLayers(selectionAfter);
        return Status.OK_STATUS;
    }

    /** The model after the edit, once executed. */
    public Model after() {
        return after;
    }
}
