// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;

/** Where the model of an editor input lives: a workspace file or any local file (File › Open File). */
public final class EditorInputs {

    private EditorInputs() {
    }

    /** The workspace file, or {@code null} for a file outside the workspace. */
    public static IFile file(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            return fileInput.getFile();
        }
        return input == null ? null : input.getAdapter(IFile.class);
    }

    /** The file on disk, or {@code null} when the input is not a local file. */
    public static Path path(IEditorInput input) {
        IFile file = file(input);
        if (file != null) {
            IPath location = file.getLocation();
            return location == null ? null : location.toPath();
        }
        if (input instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            if (uri != null && "file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
        }
        return null;
    }
}
