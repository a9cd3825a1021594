// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * A dataset editor's input: one folder of class folders, and the run file it was opened from (whose validation
 * folder or split the editor shows), if any; two inputs on the same folder are equal, so a dataset has one editor.
 */
public final class DatasetEditorInput implements IEditorInput {

    private final IContainer folder;
    private final IFile runFile;

    public DatasetEditorInput(IContainer folder) {
        this(folder, null);
    }

    /** @param runFile the run file whose {@code train} folder this is, or {@code null} */
    public DatasetEditorInput(IContainer folder, IFile runFile) {
        this.folder = Objects.requireNonNull(folder);
        this.runFile = runFile;
    }

    /** The run file the dataset was opened from, or {@code null}. */
    public IFile runFile() {
        return runFile;
    }

    /** The dataset folder in the workspace. */
    public IContainer folder() {
        return folder;
    }

    /** The dataset folder on disk, or {@code null} when it has no local location. */
    public Path path() {
        IPath location = folder.getLocation();
        return location == null ? null : location.toPath();
    }

    @Override
    public boolean exists() {
        return folder.exists();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER);
    }

    @Override
    public String getName() {
        return folder.getName();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return folder.getFullPath().makeRelative().toString();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContainer.class || adapter == IResource.class
                || (adapter == IFolder.class && folder instanceof IFolder)) {
            return (T) folder;
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatasetEditorInput input && input.folder.equals(folder);
    }

    @Override
    public int hashCode() {
        return folder.hashCode();
    }
}
