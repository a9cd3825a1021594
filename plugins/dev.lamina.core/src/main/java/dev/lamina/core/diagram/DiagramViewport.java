// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

/**
 * The visible window onto a diagram: the zoom, the scroll offsets and the view's size in pixels. It maps view pixels to
 * diagram units and back, centres a diagram narrower than the view, keeps the point under the mouse still while
 * zooming and scrolls as little as possible to reveal a block. The editor's canvas feeds it sizes and gestures and
 * copies its offsets into the scroll bars; no UI here.
 */
public final class DiagramViewport {

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;

    private double zoom = 1;
    private int scrollX;
    private int scrollY;
    private int viewWidth;
    private int viewHeight;
    private double diagramWidth;
    private double diagramHeight;

    public double zoom() {
        return zoom;
    }

    public int scrollX() {
        return scrollX;
    }

    public int scrollY() {
        return scrollY;
    }

    /** The diagram's size in diagram units (it changes with the model); the offsets stay, clamped. */
    public void setDiagramSize(double width, double height) {
        diagramWidth = width;
        diagramHeight = height;
        scrollTo(scrollX, scrollY);
    }

    /** The view's size in pixels (it changes with the window); the offsets stay, clamped. */
    public void setViewSize(int width, int height) {
        viewWidth = Math.max(0, width);
        viewHeight = Math.max(0, height);
        scrollTo(scrollX, scrollY);
    }

    /** The zoomed diagram's width in pixels. */
    public int contentWidth() {
        return (int) Math.ceil(diagramWidth * zoom);
    }

    /** The zoomed diagram's height in pixels. */
    public int contentHeight() {
        return (int) Math.ceil(diagramHeight * zoom);
    }

    /** Where the diagram starts horizontally: centred when it is narrower than the view. */
    public int offsetX() {
        return Math.max(0, (viewWidth - contentWidth()) / 2);
    }

    /** Scrolls to the offsets, clamped to what the content allows. */
    public void scrollTo(int x, int y) {
        scrollX = Math.clamp(x, 0, Math.max(0, contentWidth() - viewWidth));
        scrollY = Math.clamp(y, 0, Math.max(0, contentHeight() - viewHeight));
    }

    /**
     * Sets the zoom (clamped to {@link #MIN_ZOOM}…{@link #MAX_ZOOM}) and keeps the diagram point under the view pixel
     * ({@code pivotX}, {@code pivotY}) where it is.
     */
    public void zoomAt(double newZoom, int pivotX, int pivotY) {
        double[] fixed = toDiagram(pivotX, pivotY);
        zoom = Math.clamp(newZoom, MIN_ZOOM, MAX_ZOOM);
        scrollTo((int) Math.round(fixed[0] * zoom + offsetX() - pivotX), (int) Math.round(fixed[1] * zoom - pivotY));
    }

    /** Sets the zoom keeping the middle of the view still. */
    public void zoomAtCentre(double newZoom) {
        zoomAt(newZoom, viewWidth / 2, viewHeight / 2);
    }

    /** The zoom at which the whole diagram fits the view, never above 100 %; the current zoom for an empty view. */
    public double fitZoom() {
        if (viewWidth <= 0 || viewHeight <= 0 || diagramWidth <= 0 || diagramHeight <= 0) {
            return zoom;
        }
        return Math.min(1, Math.min(viewWidth / diagramWidth, viewHeight / diagramHeight));
    }

    /**
     * Scrolls as little as possible so that the area (diagram units, with {@code margin} above and below) is visible;
     * where it is larger than the view, its top and left edges win.
     */
    public void reveal(Bounds area, double margin) {
        if (viewHeight <= 0) {
            return;
        }
        int top = (int) Math.floor((area.y() - margin) * zoom);
        int bottom = (int) Math.ceil((area.bottom() + margin) * zoom);
        int y = scrollY;
        if (top < scrollY) {
            y = top;
        } else if (bottom > scrollY + viewHeight) {
            y = bottom - viewHeight;
        }
        int left = (int) Math.floor(area.x() * zoom);
        int right = (int) Math.ceil(area.right() * zoom);
        int x = scrollX;
        if (left < scrollX) {
            x = left;
        } else if (right > scrollX + viewWidth) {
            x = right - viewWidth;
        }
        scrollTo(x, y);
    }

    /** View pixels to diagram units. */
    public double[] toDiagram(int x, int y) {
        return new double[] {(x + scrollX - offsetX()) / zoom, (y + scrollY) / zoom};
    }

    /** Diagram bounds to view pixels. */
    public Bounds toView(Bounds bounds) {
        return new Bounds((int) Math.round(bounds.x() * zoom) - scrollX + offsetX(),
                (int) Math.round(bounds.y() * zoom) - scrollY,
                (int) Math.round(bounds.width() * zoom), (int) Math.round(bounds.height() * zoom));
    }
}
