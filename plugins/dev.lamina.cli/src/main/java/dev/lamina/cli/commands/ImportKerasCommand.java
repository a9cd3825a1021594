// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.lamina.cli.Arguments;
import dev.lamina.cli.Command;
import dev.lamina.cli.CommandException;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.core.keras.KerasImport;

/** {@code lamina import-keras FILE.json [-o OUT.lamina] [--force]}: a Keras Sequential model as a .lamina file. */
public final class ImportKerasCommand implements Command {

    private static final String SYNOPSIS = "FILE.json [-o OUT.lamina] [--force]";

    @Override
    public String name() {
        return "import-keras";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "turn a Keras model.to_json() file into a .lamina model (default: beside it)";
    }

    @Override
    public int run(List<String> args, Console console) {
        Arguments arguments = Arguments.parse(name(), args, Set.of("--force"), Set.of("-o", "--output"))
                .expect(1, 1, SYNOPSIS);
        Path in = arguments.path(0);
        if (!Files.exists(in)) {
            throw new CommandException(in + ": no such file");
        }
        Path out = arguments.option("-o").or(() -> arguments.option("--output")).map(Path::of)
                .orElseGet(() -> in.resolveSibling(baseName(in) + ".lamina"));
        if (Files.exists(out) && !arguments.flag("--force")) {
            throw new CommandException(out + ": already exists (use --force to replace it)");
        }
        KerasImport imported = ModelFiles.load(in);
        try {
            imported.save(out);
        } catch (IOException e) {
            throw new CommandException(out + ": cannot write: " + e.getMessage());
        }
        for (String note : imported.notes()) {
            console.err().println(in + ": note: " + note);
        }
        console.out().println("Wrote " + out + " (" + imported.model().size() + " layers)");
        return ExitCode.OK;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
