// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.explorer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * A small square window of pixels drawn large: each cell in its own gray with its value, and under it a caption
 * (the kernel weight it is multiplied by); one cell may be marked (the maximum a pool keeps).
 */
final class WindowCanvas extends Canvas {

    private static final int CELL = 44;

    private int size;
    private int[] values = new int[0];
    private String[] captions;
    private int marked = -1;

    WindowCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, this::paint);
    }

    /**
     * @param values   {@code size × size} pixel values row by row, {@code -1} for a pixel outside the image
     * @param captions one caption per cell, or {@code null}
     * @param marked   the cell to mark, or {@code -1}
     */
    void show(int windowSize, int[] pixelValues, String[] cellCaptions, int markedCell) {
        this.size = windowSize;
        this.values = pixelValues.clone();
        this.captions = cellCaptions == null ? null : cellCaptions.clone();
        this.marked = markedCell;
        redraw();
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int cells = Math.max(size, 3);
        return new Point(cells * CELL + 2, cells * CELL + 2);
    }

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(getClientArea());
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                int n = i * size + j;
                int x = j * CELL;
                int y = i * CELL;
                int value = values[n];
                if (value < 0) {
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                    gc.drawRectangle(x, y, CELL - 1, CELL - 1);
                    gc.drawText("–", x + CELL / 2 - 3, y + CELL / 2 - 8, true);
                    continue;
                }
                Color fill = new Color(getDisplay(), value, value, value);
                gc.setBackground(fill);
                gc.fillRectangle(x, y, CELL, CELL);
                fill.dispose();
                gc.setForeground(getDisplay().getSystemColor(value < 128 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                String text = Integer.toString(value);
                Point extent = gc.textExtent(text);
                gc.drawText(text, x + (CELL - extent.x) / 2, y + 4, true);
                if (captions != null) {
                    Point c = gc.textExtent(captions[n]);
                    gc.drawText(captions[n], x + (CELL - c.x) / 2, y + CELL - c.y - 3, true);
                }
                gc.setForeground(getDisplay().getSystemColor(n == marked ? SWT.COLOR_RED : SWT.COLOR_GRAY));
                gc.setLineWidth(n == marked ? 3 : 1);
                gc.drawRectangle(x + 1, y + 1, CELL - 2, CELL - 2);
                gc.setLineWidth(1);
            }
        }
    }
}
