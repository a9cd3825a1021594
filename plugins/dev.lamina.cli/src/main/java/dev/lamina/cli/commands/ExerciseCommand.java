// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.lamina.cli.Arguments;
import dev.lamina.cli.Command;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.cli.UsageException;
import dev.lamina.course.exercise.ExerciseChecker;
import dev.lamina.course.exercise.ExerciseFile;
import dev.lamina.course.exercise.ExerciseReport;
import dev.lamina.course.exercise.ExerciseRules;
import dev.lamina.course.faces.FaceGenerator;

/** {@code lamina exercise check|generate}: the course's exercises (examples/*, docs/exercises.md). */
public final class ExerciseCommand implements Command {

    private static final String CHECK = "check DIR [--model M.lamina] [--run RUNDIR]";
    private static final String GENERATE = "generate happy-or-sad OUT [--count N] [--seed S]";

    @Override
    public String name() {
        return "exercise";
    }

    @Override
    public String synopsis() {
        return "check|generate ARGS";
    }

    @Override
    public String description() {
        return String.join("\n",
                CHECK + ": check DIR/model.lamina (and a run's metrics.csv) against DIR/exercise.json;"
                        + " exit 1 when a rule fails",
                GENERATE + ": draw the happy-or-sad faces (80 RGB 300×300 PNGs in happy/ and sad/)");
    }

    @Override
    public int run(List<String> args, Console console) {
        if (args.isEmpty()) {
            throw new UsageException("exercise: missing subcommand: check or generate");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "check" -> check(rest, console);
            case "generate" -> generate(rest, console);
            default -> throw new UsageException("exercise: unknown subcommand '" + args.get(0)
                    + "'; expected check or generate");
        };
    }

    private static int check(List<String> args, Console console) {
        Arguments arguments = Arguments.parse("exercise check", args, Set.of(), Set.of("--model", "--run"))
                .expect(1, 1, "DIR [--model M.lamina] [--run RUNDIR]");
        Path dir = arguments.path(0);
        ExerciseRules rules = ExerciseFile.load(dir.resolve(ExerciseFile.NAME));
        Path model = arguments.option("--model").map(Path::of).orElse(dir.resolve(ExerciseChecker.MODEL_DOCUMENT));
        Path run = arguments.option("--run").map(Path::of).orElse(null);
        ExerciseReport report = ExerciseChecker.check(rules, model, run);
        console.out().print(report.text());
        return report.passed() ? ExitCode.OK : ExitCode.FAILURE;
    }

    private static int generate(List<String> args, Console console) {
        Arguments arguments = Arguments.parse("exercise generate", args, Set.of(), Set.of("--count", "--seed"))
                .expect(2, 2, GENERATE.substring("generate ".length()));
        if (!arguments.positional(0).equals("happy-or-sad")) {
            throw new UsageException("exercise generate: unknown dataset '" + arguments.positional(0)
                    + "'; expected happy-or-sad");
        }
        int count = (int) number(arguments, "--count", FaceGenerator.DEFAULT_COUNT);
        long seed = number(arguments, "--seed", 0);
        FaceGenerator generator;
        try {
            generator = new FaceGenerator(count, FaceGenerator.DEFAULT_SIZE, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException("exercise generate: " + e.getMessage());
        }
        Path out = arguments.path(1);
        generator.writeTo(out);
        console.out().printf("Wrote %d happy and %d sad faces (%d×%d RGB, seed %d) into %s%n", count / 2, count / 2,
                FaceGenerator.DEFAULT_SIZE, FaceGenerator.DEFAULT_SIZE, seed, out);
        return ExitCode.OK;
    }

    private static long number(Arguments arguments, String option, long fallback) {
        String text = arguments.option(option).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("exercise generate: " + option + " expects a whole number, got '" + text + "'");
        }
    }
}
