// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

/** A line's points, x and y of the same length. */
public record Series(double[] x, double[] y) {

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points, y " + y.length);
        }
    }

    public int size() {
        return x.length;
    }
}
