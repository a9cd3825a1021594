// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lamina.cli.commands.ActivationsCommand;
import dev.lamina.cli.commands.DataCommand;
import dev.lamina.cli.commands.EvaluateCommand;
import dev.lamina.cli.commands.ExerciseCommand;
import dev.lamina.cli.commands.FilterCommand;
import dev.lamina.cli.commands.PredictCommand;
import dev.lamina.cli.commands.DiagramCommand;
import dev.lamina.cli.commands.ExportKerasCommand;
import dev.lamina.cli.commands.HelpCommand;
import dev.lamina.cli.commands.ImportKerasCommand;
import dev.lamina.cli.commands.SelfTestCommand;
import dev.lamina.cli.commands.SummaryCommand;
import dev.lamina.cli.commands.TrainCommand;
import dev.lamina.cli.commands.VersionCommand;
import dev.lamina.data.DataException;
import dev.lamina.engine.network.ModelNotTrainableException;

/** The {@code lamina} command: dispatches to one {@link Command} and turns failures into one clear line. */
public final class LaminaCli {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public LaminaCli() {
        register(new VersionCommand());
        register(new SummaryCommand());
        register(new ImportKerasCommand());
        register(new ExportKerasCommand());
        register(new DiagramCommand());
        register(new DataCommand());
        register(new TrainCommand());
        register(new EvaluateCommand());
        register(new PredictCommand());
        register(new ActivationsCommand());
        register(new FilterCommand());
        register(new ExerciseCommand());
        register(new SelfTestCommand());
        register(new HelpCommand(this));
    }

    private void register(Command command) {
        commands.put(command.name(), command);
    }

    public List<Command> commands() {
        return List.copyOf(commands.values());
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(String[] args, Console console) {
        List<String> rest = new ArrayList<>(List.of(args));
        String name = rest.isEmpty() ? "help" : rest.remove(0);
        if (name.equals("--help") || name.equals("-h")) {
            name = "help";
        } else if (name.equals("--version")) {
            name = "version";
        }
        Command command = commands.get(name);
        try {
            if (command == null) {
                throw new UsageException("unknown command '" + name + "'");
            }
            return command.run(rest, console);
        } catch (UsageException e) {
            console.err().println("lamina: " + e.getMessage() + " (see 'lamina --help')");
            return e.exitCode();
        } catch (CommandException e) {
            console.err().println("lamina: " + e.getMessage());
            return e.exitCode();
        } catch (ModelNotTrainableException e) {
            console.err().println("lamina: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (DataException e) {
            console.err().println("lamina: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (RuntimeException | LinkageError e) {
            console.err().println("lamina: internal error: " + e
                    + " (run with LAMINA_DEBUG=1 for details)");
            if (System.getenv("LAMINA_DEBUG") != null) {
                e.printStackTrace(console.err());
            }
            return ExitCode.INTERNAL_ERROR;
        }
    }
}
