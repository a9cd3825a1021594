// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.lamina.cli.Arguments;
import dev.lamina.cli.Command;
import dev.lamina.cli.CommandException;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.Problem;
import dev.lamina.core.shape.Severity;
import dev.lamina.core.shape.ShapeInference;
import dev.lamina.core.summary.Summary;

/** {@code lamina summary FILE [--extended]}: Keras's {@code model.summary()} for a .lamina or Keras .json file. */
public final class SummaryCommand implements Command {

    private static final String SYNOPSIS = "FILE.lamina|FILE.json [--extended]";

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "print the model's summary as Keras does (--extended: MACs and memory too)";
    }

    @Override
    public int run(List<String> args, Console console) {
        Arguments arguments = Arguments.parse(name(), args, Set.of("--extended"), Set.of()).expect(1, 1, SYNOPSIS);
        Path file = arguments.path(0);
        if (!Files.exists(file)) {
            throw new CommandException(file + ": no such file");
        }
        Analysis analysis = ShapeInference.analyze(ModelFiles.load(file).model());
        List<Problem> errors = analysis.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            for (Problem error : errors) {
                console.err().println(file + ": " + error.text());
            }
            return ExitCode.FAILURE;
        }
        console.out().print(arguments.flag("--extended") ? Summary.extended(analysis) : Summary.keras(analysis));
        for (Problem warning : analysis.problems()) {
            if (warning.severity() == Severity.WARNING) {
                console.err().println(file + ": warning: " + warning.text());
            }
        }
        return ExitCode.OK;
    }
}
