// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import java.util.Locale;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * Which workspace folders the Project Explorer opens as datasets on a double-click. The rule is cheap (the
 * workspace tree only, never the disk, never decoding): a folder with at least one visible sub-folder, one of
 * whose first files has an image extension. The scan itself decides what is usable.
 */
public final class DatasetFolders {

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif", "tif", "tiff");
    /** How many sub-folders, and files in each, the rule looks at. */
    private static final int LOOK_AT = 16;

    private DatasetFolders() {
    }

    /** Whether a folder looks like a folder of class folders. */
    public static boolean looksLikeDataset(IContainer folder) {
        if (!(folder instanceof IFolder) || !folder.isAccessible()) {
            return false;
        }
        try {
            int folders = 0;
            for (IResource member : folder.members()) {
                if (member instanceof IFolder classFolder && !member.getName().startsWith(".")) {
                    if (holdsImage(classFolder)) {
                        return true;
                    }
                    if (++folders >= LOOK_AT) {
                        return false;
                    }
                }
            }
        } catch (CoreException e) {
            return false;
        }
        return false;
    }

    private static boolean holdsImage(IFolder folder) throws CoreException {
        int seen = 0;
        for (IResource member : folder.members()) {
            if (member.getType() == IResource.FILE) {
                String extension = member.getFileExtension();
                if (extension != null && IMAGE_EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT))) {
                    return true;
                }
                if (++seen >= LOOK_AT) {
                    return false;
                }
            }
        }
        return false;
    }
}
