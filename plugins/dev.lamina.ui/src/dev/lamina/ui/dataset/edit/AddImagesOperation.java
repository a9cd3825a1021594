// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.lamina.ui.dataset.Messages;

/**
 * Copies image files (dropped from the desktop) into a class folder; the originals stay where they are. A name
 * already taken gets a number ({@code cat (2).png}). Undo deletes the copies.
 */
public final class AddImagesOperation extends AbstractOperation {

    private final IContainer classFolder;
    private final List<Path> sources;
    private final List<IFile> copies = new ArrayList<>();

    public AddImagesOperation(IContainer classFolder, List<Path> sources) {
        super(NLS.bind(Messages.Edit_addImages, sources.size(), classFolder.getName()));
        this.classFolder = classFolder;
        this.sources = List.copyOf(sources);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        copies.clear();
        Path folder = classFolder.getLocation().toPath();
        try {
            for (Path source : sources) {
                Path target = unusedName(folder, source.getFileName().toString());
                Files.copy(source, target);
                copies.add(classFolder.getFile(IPath.fromOSString(target.getFileName().toString())));
            }
            classFolder.refreshLocal(IResource.DEPTH_ONE, monitor);
        } catch (IOException | CoreException e) {
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, classFolder.getName(), e.getMessage()), e);
        }
        return Status.OK_STATUS;
    }

    static Path unusedName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + " (" + n + ")" + extension);
        }
        return target;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            for (IFile copy : copies) {
                copy.delete(true, monitor);
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

    /** The files made, once executed. */
    public List<IFile> copies() {
        return List.copyOf(copies);
    }
}
