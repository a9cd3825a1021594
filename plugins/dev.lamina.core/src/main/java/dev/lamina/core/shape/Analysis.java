// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.shape;

import dev.lamina.core.layer.Shape;
import dev.lamina.core.model.Model;
import java.util.List;

/**
 * The result of shape inference for a whole model: one {@link LayerResult} per layer, all
 * problems (layer and model level, in layer order), and totals.
 */
public record Analysis(Model model, List<LayerResult> layers, List<Problem> problems) {

    public Analysis {
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
    }

    public LayerResult layer(int index) {
        return layers.get(index);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The model's output shape, or {@code null} if it cannot be inferred. */
    public Shape outputShape() {
        return layers.isEmpty() || hasErrors() ? null : layers.getLast().output();
    }

    public long trainableParams() {
        return layers.stream().mapToLong(LayerResult::trainableParams).sum();
    }

    public long nonTrainableParams() {
        return layers.stream().mapToLong(LayerResult::nonTrainableParams).sum();
    }

    public long totalParams() {
        return trainableParams() + nonTrainableParams();
    }

    /** Multiply-accumulates for one sample's forward pass. */
    public long totalMacs() {
        return layers.stream().mapToLong(LayerResult::macs).sum();
    }

    /** float32 bytes of all parameters. */
    public long parameterBytes() {
        return totalParams() * LayerResult.BYTES_PER_VALUE;
    }

    /** float32 bytes of all layer outputs (the input included) for one sample. */
    public long activationBytes() {
        return layers.stream().mapToLong(LayerResult::activationBytes).sum();
    }
}
