// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

import java.util.Arrays;

/**
 * The shape of one sample flowing between layers, channels last and without the batch axis:
 * {@code (height, width, channels)} for images, {@code (features)} once flattened. Printed the
 * way Keras prints it, with the batch axis: {@code (None, 26, 26, 16)}.
 */
public final class Shape {

    private final int[] dims;

    private Shape(int[] dims) {
        this.dims = dims;
    }

    /** A shape with the given positive dimensions. */
    public static Shape of(int... dims) {
        if (dims.length == 0) {
            throw new IllegalArgumentException("a shape needs at least one dimension");
        }
        for (int dim : dims) {
            if (dim <= 0) {
                throw new IllegalArgumentException("shape dimensions must be positive, got " + Arrays.toString(dims));
            }
        }
        return new Shape(dims.clone());
    }

    /** An image shape {@code (height, width, channels)}. */
    public static Shape image(int height, int width, int channels) {
        return of(height, width, channels);
    }

    /** A flat shape {@code (features)}. */
    public static Shape flat(int features) {
        return of(features);
    }

    public int rank() {
        return dims.length;
    }

    public int dim(int axis) {
        return dims[axis];
    }

    /** The dimensions, a copy. */
    public int[] dims() {
        return dims.clone();
    }

    public boolean isImage() {
        return dims.length == 3;
    }

    public boolean isFlat() {
        return dims.length == 1;
    }

    public int height() {
        return imageDim(0);
    }

    public int width() {
        return imageDim(1);
    }

    public int channels() {
        return imageDim(2);
    }

    /** The last dimension: channels of an image, features of a flat shape. */
    public int last() {
        return dims[dims.length - 1];
    }

    /** The number of values in one sample. */
    public long elements() {
        long n = 1;
        for (int dim : dims) {
            n *= dim;
        }
        return n;
    }

    private int imageDim(int axis) {
        if (!isImage()) {
            throw new IllegalStateException("not an image shape: " + this);
        }
        return dims[axis];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shape s && Arrays.equals(s.dims, dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /** Keras notation with the batch axis, e.g. {@code (None, 26, 26, 16)} or {@code (None, 10)}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("(None");
        for (int dim : dims) {
            out.append(", ").append(dim);
        }
        return out.append(')').toString();
    }
}
