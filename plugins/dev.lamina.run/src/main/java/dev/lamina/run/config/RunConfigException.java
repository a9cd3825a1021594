// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonOrigin;
import dev.lamina.data.DataException;

import java.nio.file.Path;

/**
 * A run file that cannot be used. The message is one line naming the file, the line and column
 * where known, the JSON path and what is expected, in the style of model files:
 * {@code runs/horses.json:9:16: $.optimizer.name: expected one of adam, rmsprop, sgd, adagrad, got "adamw"}.
 */
public final class RunConfigException extends DataException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String path;
    private final String reason;

    /**
     * @param file   the run file
     * @param line   1-based, or 0 when unknown
     * @param column 1-based, or 0 when unknown
     * @param path   JSON path such as {@code $.optimizer.name}, or {@code null}
     * @param reason what is wrong
     */
    public RunConfigException(Path file, int line, int column, String path, String reason, Throwable cause) {
        super(file, location(line, column, path) + reason, cause);
        this.line = line;
        this.column = column;
        this.path = path;
        this.reason = oneLine(reason);
    }

    /** An error about the value at {@code origin}. */
    public RunConfigException(Path file, JsonOrigin origin, String reason) {
        this(file, origin.line(), origin.column(), origin.path(), reason, null);
    }

    /** A JSON syntax or type error, keeping its position. */
    static RunConfigException from(Path file, JsonException e) {
        JsonOrigin origin = e.origin();
        return new RunConfigException(file, origin.line(), origin.column(), e.isSyntaxError() ? null : origin.path(),
                e.reason(), e);
    }

    /** {@code file:line:column: $.path: reason}, leaving out what is unknown. */
    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder();
        if (file() != null) {
            message.append(file());
            if (line > 0) {
                message.append(':').append(line).append(':').append(column);
            }
            message.append(": ");
        }
        if (path != null) {
            message.append(path).append(": ");
        }
        return message.append(reason).toString();
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The JSON path, or {@code null}. */
    public String path() {
        return path;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    private static String location(int line, int column, String path) {
        StringBuilder out = new StringBuilder();
        if (line > 0) {
            out.append(line).append(':').append(column).append(": ");
        }
        if (path != null) {
            out.append(path).append(": ");
        }
        return out.toString();
    }
}
