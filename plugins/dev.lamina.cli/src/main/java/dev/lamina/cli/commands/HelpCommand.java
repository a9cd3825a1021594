// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.util.List;

import dev.lamina.cli.Command;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.cli.LaminaCli;
import dev.lamina.cli.UsageException;

/** {@code lamina help}: lists the commands. */
public final class HelpCommand implements Command {

    private final LaminaCli cli;

    public HelpCommand(LaminaCli cli) {
        this.cli = cli;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String description() {
        return "show this help";
    }

    @Override
    public int run(List<String> args, Console console) {
        if (!args.isEmpty()) {
            throw new UsageException("help takes no arguments");
        }
        console.out().println("Usage: lamina                  start the Lamina workbench");
        console.out().println("       lamina COMMAND [ARGS]   run a command without a display");
        console.out().println();
        console.out().println("Commands:");
        for (Command command : cli.commands()) {
            console.out().println("  " + (command.name() + " " + command.synopsis()).trim());
            command.description().lines().forEach(line -> console.out().println("      " + line));
        }
        console.out().println();
        console.out().println("Exit codes: 0 ok, 1 failed (bad input), 2 no usable data, 64 bad command line, 70 internal error.");
        return ExitCode.OK;
    }
}
