// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

/** An axis-aligned rectangle in diagram units. */
public record Bounds(int x, int y, int width, int height) {

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public int centerX() {
        return x + width / 2;
    }

    public int centerY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    public boolean intersects(double rx, double ry, double rw, double rh) {
        return rx < x + width && rx + rw > x && ry < y + height && ry + rh > y;
    }
}
