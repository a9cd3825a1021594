// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.util.List;

import dev.lamina.cli.Command;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.cli.UsageException;
import dev.lamina.core.Lamina;
import dev.lamina.engine.info.EngineInfo;
import dev.lamina.engine.info.EngineProbe;

/** {@code lamina version}: Lamina, Java and the live ND4J back end. */
public final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String description() {
        return "print Lamina's version, the Java runtime and the ND4J backend, threads and devices";
    }

    @Override
    public int run(List<String> args, Console console) {
        if (!args.isEmpty()) {
            throw new UsageException("version takes no arguments");
        }
        console.out().println("Lamina " + Lamina.version() + " (build " + Lamina.buildVersion() + ")");
        row(console, "Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") at "
                + System.getProperty("java.home"));
        EngineInfo info = EngineProbe.probe();
        for (String[] row : info.rows()) {
            row(console, row[0], row[1]);
        }
        return ExitCode.OK;
    }

    private static void row(Console console, String label, String value) {
        console.out().printf("%-13s %s%n", label, value);
    }
}
