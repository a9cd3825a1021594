// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.lamina.ui.dataset.Messages;

/**
 * Moves images of a dataset into another class folder (relabels them); a taken name gets {@code " (2)"}. Files
 * already in that class stay where they are. Undo moves each back to where it was.
 */
public final class MoveOperation extends AbstractOperation {

    private final List<IFile> files;
    private final IFolder classFolder;
    private final List<IFile> from = new ArrayList<>();
    private final List<IFile> to = new ArrayList<>();

    public MoveOperation(List<IFile> files, IFolder classFolder) {
        super(NLS.bind(Messages.Edit_move, files.size(), classFolder.getName()));
        this.files = List.copyOf(files);
        this.classFolder = classFolder;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        from.clear();
        to.clear();
        try {
            for (IFile file : files) {
                if (file.getParent().equals(classFolder)) {
                    continue;
                }
                IFile target = unused(classFolder.getFile(file.getName()));
                file.move(target.getFullPath(), true, monitor);
                from.add(file);
                to.add(target);
            }
        } catch (CoreException e) {
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, classFolder.getName(), e.getMessage()), e);
        }
        return from.isEmpty() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    static IFile unused(IFile file) {
        IFile target = file;
        String extension = file.getFileExtension() == null ? "" : "." + file.getFileExtension();
        String stem = file.getName().substring(0, file.getName().length() - extension.length());
        for (int n = 2; target.exists(); n++) {
            target = file.getParent().getFile(IPath.fromOSString(stem + " (" + n + ")" + extension));
        }
        return target;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            for (int i = to.size() - 1; i >= 0; i--) {
                to.get(i).move(from.get(i).getFullPath(), true, monitor);
            }
        } catch (CoreException e) {
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, classFolder.getName(), e.getMessage()), e);
        }
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return execute(monitor, info);
    }
}
