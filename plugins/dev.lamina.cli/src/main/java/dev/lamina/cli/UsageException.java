// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

/** The command line is wrong: unknown command, missing or unknown argument. */
public class UsageException extends CommandException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, ExitCode.USAGE);
    }
}
