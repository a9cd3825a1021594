// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

/**
 * A JSON document could not be parsed, or a value does not have the expected type. The message is
 * one line: {@code file:line:column: $.path: reason}, leaving out the parts that are unknown.
 */
public class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient JsonOrigin origin;
    private final String reason;
    private final boolean syntaxError;

    /** An error about the value at {@code origin}. */
    public JsonException(JsonOrigin origin, String reason) {
        this(origin, reason, false);
    }

    JsonException(JsonOrigin origin, String reason, boolean syntaxError) {
        super(format(origin, reason, syntaxError));
        this.origin = origin;
        this.reason = reason;
        this.syntaxError = syntaxError;
    }

    /** Where the problem is; for syntax errors the path is the innermost enclosing value. */
    public JsonOrigin origin() {
        return origin;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    /** Whether the text is not JSON at all (as opposed to JSON of the wrong shape). */
    public boolean isSyntaxError() {
        return syntaxError;
    }

    private static String format(JsonOrigin origin, String reason, boolean syntaxError) {
        StringBuilder message = new StringBuilder();
        String location = origin.location();
        if (!location.isEmpty()) {
            message.append(location).append(": ");
        }
        if (!syntaxError) {
            message.append(origin.path()).append(": ");
        }
        return message.append(reason).toString();
    }
}
