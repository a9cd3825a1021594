// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.shape;

import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.Shape;
import java.util.List;

/**
 * What inference found for one layer. When the layer could not be inferred (its input is unknown
 * or does not fit), {@code output} is {@code null} and the counts are 0.
 *
 * @param input the shape coming in, {@code null} for the first layer or after an error
 * @param output the shape going out, or {@code null}
 * @param macs multiply-accumulates per sample
 * @param problems this layer's own problems
 */
public record LayerResult(int index, Layer layer, Shape input, Shape output, long trainableParams,
        long nonTrainableParams, long macs, List<Problem> problems) {

    /** Bytes per float32 value. */
    public static final int BYTES_PER_VALUE = 4;

    public LayerResult {
        problems = List.copyOf(problems);
    }

    /** Whether the output shape is known. */
    public boolean inferred() {
        return output != null;
    }

    public long params() {
        return trainableParams + nonTrainableParams;
    }

    /** float32 bytes of this layer's output for one sample. */
    public long activationBytes() {
        return output == null ? 0 : output.elements() * BYTES_PER_VALUE;
    }

    /** float32 bytes of this layer's parameters. */
    public long parameterBytes() {
        return params() * BYTES_PER_VALUE;
    }
}
