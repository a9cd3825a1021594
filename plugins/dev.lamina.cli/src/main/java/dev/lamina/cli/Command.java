// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import java.util.List;

/** One verb of the {@code lamina} command, e.g. {@code version} or {@code summary}. */
public interface Command {

    /** The word typed after {@code lamina}. */
    String name();

    /** Arguments as shown in help, e.g. {@code FILE [--extended]}. */
    String synopsis();

    /** One line saying what the command does. */
    String description();

    /**
     * Runs the command.
     *
     * @return the process exit code (see {@link ExitCode})
     * @throws UsageException   when the arguments are wrong
     * @throws CommandException when the command cannot do its job (bad input, missing file, …)
     */
    int run(List<String> args, Console console);
}
