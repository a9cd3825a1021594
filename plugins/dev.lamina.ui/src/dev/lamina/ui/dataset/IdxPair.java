// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.IPath;

/**
 * An IDX image file (MNIST, Fashion-MNIST: {@code train-images-idx3-ubyte[.gz]}) with its label file beside it
 * ({@code train-labels-idx1-ubyte[.gz]}), and the folder of class folders it is exported to for the dataset
 * editor ({@code train-classes}, beside them).
 *
 * @param images  the image file
 * @param labels  the label file (may not exist)
 * @param folder  where its class folders go
 */
record IdxPair(IFile images, IFile labels, IFolder folder) {

    private static final String IMAGES = "-images-idx3-ubyte";
    private static final String LABELS = "-labels-idx1-ubyte";

    /** The pair of an image file named {@code PREFIX-images-idx3-ubyte[.gz]}, or {@code null} for another file. */
    static IdxPair of(IFile images) {
        String name = images.getName();
        int at = name.indexOf(IMAGES);
        if (at <= 0) {
            return null;
        }
        IContainer parent = images.getParent();
        String prefix = name.substring(0, at);
        IFile labels = parent.getFile(IPath.fromOSString(prefix + LABELS + name.substring(at + IMAGES.length())));
        return new IdxPair(images, labels, parent.getFolder(IPath.fromOSString(prefix + "-classes")));
    }

    /** Whether a file name is an IDX image file's. */
    static boolean isImages(String name) {
        return name.indexOf(IMAGES) > 0;
    }
}
