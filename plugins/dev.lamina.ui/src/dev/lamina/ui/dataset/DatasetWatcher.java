// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;

/**
 * Rescans a dataset when a file or folder inside it is added, removed or changed in the workspace (a refresh, a
 * drop, a delete); closes the editor when the folder itself goes. Marker changes, which the scan itself makes,
 * are not changes of the dataset.
 */
final class DatasetWatcher implements IResourceChangeListener {

    private final DatasetEditor editor;

    DatasetWatcher(DatasetEditor editor) {
        this.editor = editor;
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IContainer folder = editor.folder();
        if (event.getDelta() == null || folder == null) {
            return;
        }
        org.eclipse.core.resources.IFile runFile = editor.runFile();
        if (runFile != null && event.getDelta().findMember(runFile.getFullPath()) != null) {
            editor.rescanSoon(); // the split or validation folder may have changed
        }
        IResourceDelta delta = event.getDelta().findMember(folder.getFullPath());
        if (delta == null) {
            return;
        }
        if (delta.getKind() == IResourceDelta.REMOVED) {
            editor.folderRemoved();
            return;
        }
        boolean[] changed = { false };
        try {
            delta.accept(d -> {
                if (d.getKind() != IResourceDelta.CHANGED
                        || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.TYPE)) != 0) {
                    changed[0] = true;
                }
                return !changed[0];
            });
        } catch (CoreException e) {
            changed[0] = true;
        }
        if (changed[0]) {
            editor.rescanSoon();
        }
    }
}
