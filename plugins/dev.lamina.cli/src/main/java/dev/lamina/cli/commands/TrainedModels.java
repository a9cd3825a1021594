// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.io.IOException;
import java.nio.file.Path;

import dev.lamina.cli.CommandException;
import dev.lamina.engine.archive.ModelArchiveException;
import dev.lamina.engine.inference.TrainedModel;
import dev.lamina.run.folder.RunLayout;

/** Loads a {@code model.zip}, or a run folder's, turning failures into one line. */
final class TrainedModels {

    private TrainedModels() {
    }

    static TrainedModel load(Path path) {
        try {
            return TrainedModel.load(RunLayout.trainedModel(path));
        } catch (ModelArchiveException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** The state run folder {@code run} kept after {@code epoch} ({@code epochs/epoch-NNN.zip}). */
    static TrainedModel load(Path run, int epoch) {
        try {
            return TrainedModel.load(RunLayout.trainedModel(run, epoch));
        } catch (IOException | ModelArchiveException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
