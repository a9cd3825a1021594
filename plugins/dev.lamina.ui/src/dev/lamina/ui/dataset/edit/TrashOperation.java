// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IContainer;
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
 * Moves files of a dataset into the project's hidden {@value #TRASH} folder, at their project-relative path (the
 * scan ignores hidden folders); nothing is deleted. Undo moves them back.
 */
public final class TrashOperation extends AbstractOperation {

    /** The project folder deleted dataset files go to. */
    public static final String TRASH = ".trash";

    private final List<IFile> files;
    private final List<IFile> trashed = new ArrayList<>();

    public TrashOperation(List<IFile> files) {
        super(NLS.bind(Messages.Edit_trash, files.size()));
        this.files = List.copyOf(files);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        trashed.clear();
        try {
            for (IFile file : files) {
                IFile target = unused(file.getProject().getFolder(TRASH).getFile(file.getProjectRelativePath()));
                create(target.getParent());
                file.move(target.getFullPath(), true, monitor);
                trashed.add(target);
            }
        } catch (CoreException e) {
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, TRASH, e.getMessage()), e);
        }
        return Status.OK_STATUS;
    }

    private static IFile unused(IFile file) {
        IFile target = file;
        String extension = file.getFileExtension() == null ? "" : "." + file.getFileExtension();
        String stem = file.getName().substring(0, file.getName().length() - extension.length());
        for (int n = 2; target.exists(); n++) {
            target = file.getParent().getFile(IPath.fromOSString(stem + " (" + n + ")" + extension));
        }
        return target;
    }

    private static void create(IContainer folder) throws CoreException {
        if (folder instanceof IFolder missing && !missing.exists()) {
            create(missing.getParent());
            missing.create(false, true, null);
        }
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            for (int i = trashed.size() - 1; i >= 0; i--) {
                trashed.get(i).move(files.get(i).getFullPath(), true, monitor);
            }
        } catch (CoreException e) {
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, TRASH, e.getMessage()), e);
        }
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return execute(monitor, info);
    }
}
