// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import dev.lamina.data.DataException;

import java.nio.file.Path;

/** A file that could not be read as an image, with the {@link ImageFault} that says why. */
public final class ImageReadException extends DataException {

    private static final long serialVersionUID = 1L;

    private final ImageFault fault;

    /** A failure of kind {@code fault} described by {@code problem}. */
    public ImageReadException(Path file, ImageFault fault, String problem, Throwable cause) {
        super(file, problem, cause);
        this.fault = fault;
    }

    /** The kind of failure. */
    public ImageFault fault() {
        return fault;
    }
}
