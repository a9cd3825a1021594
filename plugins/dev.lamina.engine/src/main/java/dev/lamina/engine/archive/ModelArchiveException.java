// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.archive;

import java.nio.file.Path;

/** A model file that cannot be used; the message is one line naming the file. */
public class ModelArchiveException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModelArchiveException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
