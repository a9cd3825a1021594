// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.lamina.cli.Arguments;
import dev.lamina.cli.Command;
import dev.lamina.cli.CommandException;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.keras.KerasJson;

/** {@code lamina export-keras FILE.lamina [-o OUT.json]}: the model as tf.keras {@code model_from_json} input. */
public final class ExportKerasCommand implements Command {

    private static final String SYNOPSIS = "FILE.lamina [-o OUT.json]";

    @Override
    public String name() {
        return "export-keras";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "write the model as Keras JSON (tf.keras.models.model_from_json); to standard output without -o";
    }

    @Override
    public int run(List<String> args, Console console) {
        Arguments arguments = Arguments.parse(name(), args, Set.of(), Set.of("-o", "--output")).expect(1, 1, SYNOPSIS);
        Path in = arguments.path(0);
        if (!Files.exists(in)) {
            throw new CommandException(in + ": no such file");
        }
        String json = KerasJson.write(ModelFiles.load(in).model());
        Optional<Path> out = arguments.option("-o").or(() -> arguments.option("--output")).map(Path::of);
        if (out.isEmpty()) {
            console.out().println(json);
            return ExitCode.OK;
        }
        try {
            AtomicFile.write(out.get(), json + "\n");
        } catch (IOException e) {
            throw new CommandException(out.get() + ": cannot write: " + e.getMessage());
        }
        console.out().println("Wrote " + out.get());
        return ExitCode.OK;
    }
}
