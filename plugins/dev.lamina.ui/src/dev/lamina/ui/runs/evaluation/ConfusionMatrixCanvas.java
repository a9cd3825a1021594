// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.evaluation;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.lamina.run.metrics.ConfusionMatrix;

/**
 * A confusion matrix drawn as a grid: rows are the actual classes, columns the predicted ones, each cell shaded by
 * its share of the row and labelled with its count. Clicking a cell selects it and tells the listener
 * {@code (actual, predicted)}.
 */
public final class ConfusionMatrixCanvas extends Canvas {

    private static final int MIN_CELL = 22;
    private static final int MAX_CELL = 56;
    private static final int GAP = 6;

    private ConfusionMatrix matrix;
    private List<String> classes = List.of();
    private int selectedActual = -1;
    private int selectedPredicted = -1;
    private BiConsumer<Integer, Integer> cellListener = (a, p) -> {
    };

    public ConfusionMatrixCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> {
            int[] cell = cellAt(e.x, e.y);
            if (cell != null && e.button == 1) {
                select(cell[0], cell[1]);
                cellListener.accept(cell[0], cell[1]);
            }
        });
    }

    /** Shows {@code newMatrix} (or nothing when {@code null}) and clears the selection. */
    public void setMatrix(ConfusionMatrix newMatrix, List<String> classNames) {
        this.matrix = newMatrix;
        this.classes = classNames == null ? List.of() : List.copyOf(classNames);
        selectedActual = -1;
        selectedPredicted = -1;
        redraw();
    }

    public void onCellSelected(BiConsumer<Integer, Integer> listener) {
        this.cellListener = listener;
    }

    public void select(int actual, int predicted) {
        selectedActual = actual;
        selectedPredicted = predicted;
        redraw();
    }

    /** The selected cell as {@code {actual, predicted}}, or {@code null}. */
    public int[] selection() {
        return selectedActual < 0 ? null : new int[] { selectedActual, selectedPredicted };
    }

    /** The centre of a cell in this canvas's coordinates (for tests that click it). */
    public Point cellCenter(int actual, int predicted) {
        Rectangle r = cellBounds(actual, predicted);
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    private int labelWidth() {
        GC gc = new GC(this);
        try {
            int width = 0;
            for (int c = 0; c < classes.size(); c++) {
                width = Math.max(width, gc.textExtent(label(c)).x);
            }
            return width + GAP;
        } finally {
            gc.dispose();
        }
    }

    private int cellSize() {
        if (matrix == null || matrix.classes() == 0) {
            return MIN_CELL;
        }
        Rectangle area = getClientArea();
        int n = matrix.classes();
        int fit = Math.min((area.width - labelWidth() - GAP) / n, (area.height - headerHeight() - GAP) / n);
        return Math.max(MIN_CELL, Math.min(MAX_CELL, fit));
    }

    private int headerHeight() {
        return getFont().getFontData()[0].getHeight() * 2 + GAP;
    }

    private Rectangle cellBounds(int actual, int predicted) {
        int size = cellSize();
        return new Rectangle(labelWidth() + predicted * size, headerHeight() + actual * size, size, size);
    }

    private int[] cellAt(int x, int y) {
        if (matrix == null) {
            return null;
        }
        int size = cellSize();
        int column = Math.floorDiv(x - labelWidth(), size);
        int row = Math.floorDiv(y - headerHeight(), size);
        int n = matrix.classes();
        return row >= 0 && row < n && column >= 0 && column < n ? new int[] { row, column } : null;
    }

    private String label(int c) {
        return c + "  " + (c < classes.size() ? classes.get(c) : "");
    }

    private void paint(GC gc) {
        if (matrix == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        int n = matrix.classes();
        int size = cellSize();
        int left = labelWidth();
        Color text = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        gc.setForeground(text);
        for (int c = 0; c < n; c++) {
            String index = Integer.toString(c);
            Point extent = gc.textExtent(index);
            gc.drawText(index, left + c * size + (size - extent.x) / 2, headerHeight() - extent.y - 2, true);
            gc.drawText(label(c), 0, headerHeight() + c * size + (size - gc.textExtent(label(c)).y) / 2, true);
        }
        for (int a = 0; a < n; a++) {
            long support = Math.max(1, matrix.support(a));
            for (int p = 0; p < n; p++) {
                long count = matrix.count(a, p);
                double share = (double) count / support;
                Rectangle r = cellBounds(a, p);
                Color fill = a == p ? new Color(255 - (int) (share * 200), 255 - (int) (share * 90),
                        255 - (int) (share * 200)) : new Color(255 - (int) (share * 40), 255 - (int) (share * 200),
                                255 - (int) (share * 200));
                gc.setBackground(fill);
                gc.fillRectangle(r);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
                gc.drawRectangle(r);
                if (count > 0) {
                    String value = Long.toString(count);
                    Point extent = gc.textExtent(value);
                    gc.setForeground(share > 0.6 ? getDisplay().getSystemColor(SWT.COLOR_WHITE) : text);
                    gc.drawText(value, r.x + (r.width - extent.x) / 2, r.y + (r.height - extent.y) / 2, true);
                }
            }
        }
        if (selectedActual >= 0) {
            Rectangle r = cellBounds(selectedActual, selectedPredicted);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(3);
            gc.drawRectangle(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
            gc.setLineWidth(1);
        }
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int n = matrix == null ? 0 : matrix.classes();
        return new Point(wHint != SWT.DEFAULT ? wHint : labelWidth() + n * MIN_CELL * 2 + GAP,
                hHint != SWT.DEFAULT ? hHint : headerHeight() + n * MIN_CELL + GAP);
    }
}
