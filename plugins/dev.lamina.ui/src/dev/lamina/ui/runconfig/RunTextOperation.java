// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * One undoable edit of a run file: a form field or a pause in typing on the Source page. The text before and after
 * are kept, so undo and redo swap them back; an edit that changes nothing stays out of the history.
 */
public final class RunTextOperation extends AbstractOperation {

    private final RunDocument document;
    private final String after;
    private final Object origin;
    private String before;

    /** @param origin passed to the document's listeners when executed (not on undo or redo) */
    public RunTextOperation(String label, RunDocument document, String after, Object origin) {
        super(label);
        this.document = document;
        this.after = after;
        this.origin = origin;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        before = document.text();
        if (before.equals(after)) {
            return Status.CANCEL_STATUS;
        }
        document.setText(after, origin);
        return Status.OK_STATUS;
    }

    @Override
    public boolean canUndo() {
        return before != null && document.text().equals(after);
    }

    @Override
    public boolean canRedo() {
        return before != null && document.text().equals(before);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        document.setText(before, null);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        document.setText(after, null);
        return Status.OK_STATUS;
    }
}
