// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/**
 * A two-dimensional size such as a kernel size, a pool size or strides: {@code (height, width)}.
 * Layers check that both are positive and name their own parameter when they are not.
 */
public record Window(int height, int width) {

    /** A square window, {@code n×n}. */
    public static Window square(int n) {
        return new Window(n, n);
    }

    /** Whether both sides are positive. */
    public boolean isPositive() {
        return height > 0 && width > 0;
    }

    /** {@code [height, width]}. */
    public int[] toArray() {
        return new int[] {height, width};
    }

    /** {@code 3×3}. */
    @Override
    public String toString() {
        return height + "×" + width;
    }
}
