// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/**
 * What a layer does to the shape of one sample: either the output shape with its costs, or the
 * reason the input does not fit. A value, not an exception, so editors can show it live.
 */
public sealed interface Propagation {

    /** The input fits: output shape, parameter counts and multiply-accumulates per sample. */
    record Output(Shape shape, long trainableParams, long nonTrainableParams, long macs) implements Propagation {
    }

    /** The input does not fit, e.g. {@code 3×3 kernel does not fit a 2×2 input}. */
    record Rejected(String reason) implements Propagation {
    }

    /** An output without parameters or arithmetic, e.g. Flatten. */
    static Output reshaped(Shape shape) {
        return new Output(shape, 0, 0, 0);
    }

    static Rejected rejected(String reason) {
        return new Rejected(reason);
    }

    /** The rejection for layers that need an image input. */
    static Rejected needsImage(Shape input) {
        return rejected("needs an image input (height, width, channels), got " + input);
    }
}
