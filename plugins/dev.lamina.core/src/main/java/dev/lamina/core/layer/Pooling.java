// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/** Shape arithmetic shared by the windowed pooling layers. */
final class Pooling {

    private Pooling() {
    }

    static void check(String name, Window poolSize, Window strides, Padding padding) {
        Checks.name(name);
        Checks.window("pool_size", poolSize);
        Checks.window("strides", strides);
        Checks.notNull("padding", padding);
    }

    /**
     * @param accumulates whether each window's values are summed (average pooling) rather than
     *     compared (max pooling), which counts as multiply-accumulates
     */
    static Propagation propagate(Shape input, Window poolSize, Window strides, Padding padding, boolean accumulates) {
        if (!input.isImage()) {
            return Propagation.needsImage(input);
        }
        int height = padding.outputLength(input.height(), poolSize.height(), strides.height());
        int width = padding.outputLength(input.width(), poolSize.width(), strides.width());
        if (height == 0 || width == 0) {
            return Propagation.rejected(poolSize + " pool does not fit a " + input.height() + "×" + input.width()
                    + " input");
        }
        Shape output = Shape.image(height, width, input.channels());
        long macs = accumulates ? output.elements() * poolSize.height() * poolSize.width() : 0;
        return new Propagation.Output(output, 0, 0, macs);
    }

    /** Global pooling: {@code (h, w, c)} to {@code (c)}. */
    static Propagation global(Shape input, boolean accumulates) {
        if (!input.isImage()) {
            return Propagation.needsImage(input);
        }
        return new Propagation.Output(Shape.flat(input.channels()), 0, 0, accumulates ? input.elements() : 0);
    }
}
