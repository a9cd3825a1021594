// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.edit;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.lamina.ui.dataset.Messages;

/** Makes an empty class folder; undo removes it again while it is still empty. */
public final class NewClassOperation extends AbstractOperation {

    private final IFolder folder;

    public NewClassOperation(IFolder folder) {
        super(NLS.bind(Messages.Edit_newClass, folder.getName()));
        this.folder = folder;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            folder.create(false, true, monitor);
        } catch (CoreException e) {
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, folder.getName(), e.getMessage()), e);
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean canUndo() {
        try {
            return folder.exists() && folder.members().length == 0;
        } catch (CoreException e) {
            return false;
        }
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            folder.delete(false, monitor);
        } catch (CoreException e) {
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, folder.getName(), e.getMessage()), e);
        }
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return execute(monitor, info);
    }
}
