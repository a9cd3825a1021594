// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.awt.AWTError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.lamina.cli.Arguments;
import dev.lamina.cli.Command;
import dev.lamina.cli.CommandException;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.cli.UsageException;
import dev.lamina.cli.diagram.PngDiagramRenderer;
import dev.lamina.core.diagram.Diagram;
import dev.lamina.core.diagram.DiagramLayout;
import dev.lamina.core.diagram.DiagramSvg;
import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.Problem;
import dev.lamina.core.shape.ShapeInference;

/**
 * {@code lamina diagram MODEL OUT.svg|OUT.png [--scale N]}: the model's diagram as the editor draws
 * it. A model with problems is still drawn (with its badges); the problems are printed as warnings.
 */
public final class DiagramCommand implements Command {

    private static final String SYNOPSIS = "FILE.lamina|FILE.json OUT.svg|OUT.png [--scale N]";
    private static final double MAX_SCALE = 8;

    @Override
    public String name() {
        return "diagram";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "draw the model as the editor shows it, to SVG or PNG (--scale: pixels per unit, PNG only)";
    }

    @Override
    public int run(List<String> args, Console console) {
        Arguments arguments = Arguments.parse(name(), args, Set.of(), Set.of("--scale")).expect(2, 2, SYNOPSIS);
        Path in = arguments.path(0);
        Path out = arguments.path(1);
        String format = extension(out);
        if (!format.equals("svg") && !format.equals("png")) {
            throw new UsageException(name() + ": the output must end in .svg or .png, got '" + out + "'");
        }
        double scale = scale(arguments);
        if (!Files.exists(in)) {
            throw new CommandException(in + ": no such file");
        }
        Analysis analysis = ShapeInference.analyze(ModelFiles.load(in).model());
        Diagram diagram = DiagramLayout.of(analysis);
        try {
            if (format.equals("svg")) {
                AtomicFile.write(out, DiagramSvg.write(diagram));
            } else {
                writePng(diagram, scale, out);
            }
        } catch (IOException e) {
            throw new CommandException(out + ": cannot write: " + e.getMessage());
        }
        for (Problem problem : analysis.problems()) {
            console.err().println(in + ": warning: " + problem.text());
        }
        console.out().println("Wrote " + out + " (" + diagram.blocks().size() + " layers)");
        return ExitCode.OK;
    }

    private static void writePng(Diagram diagram, double scale, Path out) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".diagram-", ".png");
        try {
            new PngDiagramRenderer().write(diagram, scale, temp);
            Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (AWTError | UnsatisfiedLinkError e) {
            throw new CommandException("cannot draw a PNG here (" + e.getMessage() + "); write an .svg instead");
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private double scale(Arguments arguments) {
        String text = arguments.option("--scale").orElse("1");
        double scale;
        try {
            scale = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException(name() + ": --scale must be a number, got '" + text + "'");
        }
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new UsageException(name() + ": --scale must be above 0 and at most " + (int) MAX_SCALE + ", got "
                    + text);
        }
        return scale;
    }

    private static String extension(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
