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
import dev.lamina.engine.inference.LayerActivation;
import dev.lamina.engine.inference.TrainedModel;
import dev.lamina.run.activation.ActivationExport;
import dev.lamina.run.activation.GridOptions;

/**
 * {@code lamina activations MODEL.zip|RUNDIR IMAGE --out DIR [--epoch N] [--raw]}: the course's feature-map plots, one
 * PNG per layer; {@code --epoch N} uses the state a run folder kept after epoch N (docs/run-folder.md).
 */
public final class ActivationsCommand implements Command {

    private static final String SYNOPSIS = "MODEL.zip|RUNDIR IMAGE --out DIR [--epoch N] [--raw]";

    @Override
    public String name() {
        return "activations";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "write each conv/pool layer's feature maps for one image as a viridis PNG grid (--raw: .npy too)";
    }

    @Override
    public int run(List<String> args, Console console) {
        Arguments arguments = Arguments.parse(name(), args, Set.of("--raw"), Set.of("--out", "--epoch")).expect(2, 2, SYNOPSIS);
        Path out = arguments.option("--out").map(Path::of)
                .orElseThrow(() -> new CommandException("activations: --out DIR is required"));
        TrainedModel model = arguments.option("--epoch").isPresent()
                ? TrainedModels.load(arguments.path(0), epoch(arguments.option("--epoch").get()))
                : TrainedModels.load(arguments.path(0));
        Path image = arguments.path(1);
        if (!Files.isRegularFile(image)) {
            throw new CommandException(image + ": no such file");
        }
        ActivationExport export = new ActivationExport(out, GridOptions.defaults(), arguments.flag("--raw"));
        for (LayerActivation layer : model.activations(image)) {
            List<Path> files = export.add(layer.layerName(), layer.values(), layer.channels(), layer.height(),
                    layer.width());
            console.out().printf("%-18s %-14s %3d × %3d × %3d  %s%n", layer.layerName(), layer.layerType(),
                    layer.height(), layer.width(), layer.channels(), files.get(0).getFileName());
        }
        Path index = export.finish(model.file().toString(), image.toString());
        console.out().println("Wrote " + export.written().size() + " files; index: " + index);
        return ExitCode.OK;
    }

    private static int epoch(String text) {
        try {
            int epoch = Integer.parseInt(text);
            if (epoch >= 1) {
                return epoch;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new CommandException("activations: --epoch expects an epoch number from 1, got " + text);
    }
}
