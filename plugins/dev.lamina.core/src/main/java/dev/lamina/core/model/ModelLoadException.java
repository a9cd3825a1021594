// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonOrigin;

/**
 * A model file could not be loaded. The message is one line naming the file, the line and column
 * where known, the JSON path and what was expected:
 * {@code horses.lamina:14:20: $.layers[2].filters: expected a positive integer, got -3}.
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final int column;
    private final String path;
    private final String reason;

    /**
     * @param fileName the file's name, or {@code null}
     * @param line 1-based, or 0 when unknown
     * @param column 1-based, or 0 when unknown
     * @param path JSON path such as {@code $.layers[2].filters}, or {@code null}
     */
    public ModelLoadException(String fileName, int line, int column, String path, String reason, Throwable cause) {
        super(format(fileName, line, column, path, reason), cause);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.path = path;
        this.reason = reason;
    }

    /** An error at a JSON value's origin. */
    public ModelLoadException(JsonOrigin origin, String reason) {
        this(origin.fileName(), origin.line(), origin.column(), origin.path(), reason, null);
    }

    /** A JSON syntax or type error, keeping its location. */
    public static ModelLoadException from(JsonException e) {
        JsonOrigin origin = e.origin();
        return new ModelLoadException(origin.fileName(), origin.line(), origin.column(),
                e.isSyntaxError() ? null : origin.path(), e.reason(), e);
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String path() {
        return path;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    private static String format(String fileName, int line, int column, String path, String reason) {
        StringBuilder message = new StringBuilder();
        if (fileName != null) {
            message.append(fileName);
            if (line > 0) {
                message.append(':').append(line).append(':').append(column);
            }
            message.append(": ");
        }
        if (path != null) {
            message.append(path).append(": ");
        }
        // One line, whatever the reason quotes.
        return message.append(reason).toString().replace("\r", "\\r").replace("\n", "\\n");
    }
}
