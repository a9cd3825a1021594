// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.archive;

import java.util.List;

import dev.lamina.core.model.Model;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.Interpolation;
import dev.lamina.run.config.Loss;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * What a trained model needs besides its weights, so that prediction needs no extra flags: the classes, how
 * images were prepared, the loss, the model document and the training history.
 *
 * @param rescale factor applied to 0..255 pixel values
 */
public record ModelMetadata(Model model, List<String> classNames, int height, int width, ColorMode colorMode,
        Interpolation interpolation, double rescale, Loss loss, List<EpochMetrics> history) {

    public ModelMetadata {
        classNames = List.copyOf(classNames);
        history = List.copyOf(history);
    }

    public ModelMetadata withHistory(List<EpochMetrics> epochs) {
        return new ModelMetadata(model, classNames, height, width, colorMode, interpolation, rescale, loss, epochs);
    }

    /** Whether the model answers with one probability (the second class's), as the course's binary models. */
    public boolean binary() {
        return loss == Loss.BINARY_CROSSENTROPY;
    }
}
