// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

/** A command could not do its job; the message is the one line the user sees. */
public class CommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandException(String message) {
        this(message, ExitCode.FAILURE);
    }

    public CommandException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
