// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/**
 * A 2D convolution (Keras {@code Conv2D}), channels last.
 *
 * @param filters number of output channels, positive
 * @param kernelSize kernel {@code height × width}, positive
 * @param strides step {@code height × width}, positive; Keras default {@code 1×1}
 * @param padding {@code valid} (Keras default) or {@code same}
 * @param activation applied to the output; Keras default {@code linear}
 * @param useBias whether each filter has a bias; Keras default {@code true}
 */
public record Conv2D(String name, int filters, Window kernelSize, Window strides, Padding padding,
        ActivationFunction activation, boolean useBias) implements Layer {

    public Conv2D {
        Checks.name(name);
        Checks.positive("filters", filters);
        Checks.window("kernel_size", kernelSize);
        Checks.window("strides", strides);
        Checks.notNull("padding", padding);
        Checks.notNull("activation", activation);
    }

    /** A square-kernel convolution with stride 1, valid padding and a bias, as in the course. */
    public Conv2D(String name, int filters, int kernelSize, ActivationFunction activation) {
        this(name, filters, Window.square(kernelSize), Window.square(1), Padding.VALID, activation, true);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.CONV2D;
    }

    @Override
    public Conv2D withName(String newName) {
        return new Conv2D(newName, filters, kernelSize, strides, padding, activation, useBias);
    }

    @Override
    public Propagation propagate(Shape input) {
        if (!input.isImage()) {
            return Propagation.needsImage(input);
        }
        int height = padding.outputLength(input.height(), kernelSize.height(), strides.height());
        int width = padding.outputLength(input.width(), kernelSize.width(), strides.width());
        if (height == 0 || width == 0) {
            return Propagation.rejected(kernelSize + " kernel does not fit a " + input.height() + "×" + input.width()
                    + " input");
        }
        try {
            long weightsPerFilter = Math.multiplyExact((long) kernelSize.height() * kernelSize.width(), input.channels());
            long params = Math.addExact(Math.multiplyExact(weightsPerFilter, filters), useBias ? filters : 0);
            long macs = Math.multiplyExact(Math.multiplyExact((long) height * width, filters), weightsPerFilter);
            return new Propagation.Output(Shape.image(height, width, filters), params, 0, macs);
        } catch (ArithmeticException e) {
            return Propagation.rejected("too many parameters to count");
        }
    }
}
