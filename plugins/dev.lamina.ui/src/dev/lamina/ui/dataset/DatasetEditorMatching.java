// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;

/**
 * One editor per dataset: a file of a dataset (as a Problems marker opens it) goes to the editor already open on
 * the dataset folder that holds it.
 */
public final class DatasetEditorMatching implements IEditorMatchingStrategy {

    @Override
    public boolean matches(IEditorReference editorRef, IEditorInput input) {
        try {
            if (!(editorRef.getEditorInput() instanceof DatasetEditorInput open)) {
                return false;
            }
            if (input instanceof IFileEditorInput fileInput) {
                IFile file = fileInput.getFile();
                return open.folder().getFullPath().isPrefixOf(file.getFullPath());
            }
            return open.equals(input);
        } catch (PartInitException e) {
            return false;
        }
    }
}
