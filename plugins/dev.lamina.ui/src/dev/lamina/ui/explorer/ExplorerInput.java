// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.explorer;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import dev.lamina.course.filter.FilterImages;
import dev.lamina.data.image.PixelImage;

/**
 * The image a Convolution Explorer works on: a file, or the course's photo that ships with Lamina ({@code file} is
 * {@code null} then).
 */
public final class ExplorerInput implements IEditorInput {

    private final Path file;

    private ExplorerInput(Path file) {
        this.file = file;
    }

    /** The course's 512×512 ascent photo. */
    public static ExplorerInput coursePhoto() {
        return new ExplorerInput(null);
    }

    public static ExplorerInput of(Path file) {
        return new ExplorerInput(file.toAbsolutePath().normalize());
    }

    /** The image file, or {@code null} for the course photo. */
    public Path file() {
        return file;
    }

    /** The picture as gray, the way {@code lamina filter} reads it; errors are DataExceptions naming the file. */
    PixelImage readGray() {
        return file == null ? FilterImages.ascent() : FilterImages.readGray(file);
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.createFromURL(ExplorerInput.class.getResource("/icons/layers/conv2d.png"));
    }

    @Override
    public String getName() {
        return file == null ? Messages.Explorer_coursePhoto : file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file == null ? Messages.Explorer_coursePhotoTooltip : file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExplorerInput input && Objects.equals(file, input.file);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(file);
    }
}
