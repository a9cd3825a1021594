// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.images;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import dev.lamina.ui.dataset.Messages;

/**
 * A virtualised grid of thumbnails grouped by class: rows are laid out as numbers only (a header row per class,
 * then rows of cells), and a paint draws only the rows inside the visible band, asking the
 * {@link ThumbnailCache} for what it shows. Click, Ctrl+click and Shift+click select; Ctrl+wheel zooms;
 * a double-click opens a file.
 */
public final class ThumbnailGrid extends Canvas {

    static final int MIN_CELL = 32;
    static final int MAX_CELL = 192;
    private static final int MARGIN = 8;
    private static final int GAP = 6;
    private static final int HEADER = 26;

    private final ThumbnailCache cache;
    private final Color selection;
    private final Color placeholder;
    private final Color problem;
    private List<Tile> tiles = List.of();
    private List<String> classNames = List.of();
    private int[] classCounts = new int[0];
    private int cell = 96;
    private int columns = 1;
    /** Per row: its top, and the first tile it shows, or {@code -1 - classIndex} for a class header. */
    private int[] rowTop = new int[0];
    private int[] rowFirst = new int[0];
    private int[] rowCount = new int[0];
    private int contentHeight;
    private final Set<Path> selected = new LinkedHashSet<>();
    private int anchor = -1;
    private Consumer<Tile> onOpen = tile -> { };
    private Runnable onSelection = () -> { };
    private long longestPaintNanos;

    public ThumbnailGrid(Composite parent, ThumbnailCache.Factory cacheFactory) {
        super(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
        cache = cacheFactory.create(getDisplay(), this::redrawIfAlive);
        selection = new Color(getDisplay(), 51, 153, 255);
        placeholder = new Color(getDisplay(), 225, 225, 225);
        problem = new Color(getDisplay(), 250, 205, 205);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> relayout());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseDoubleClick, this::doubleClick);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.KeyDown, this::key);
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        getVerticalBar().setIncrement(24);
        addListener(SWT.Dispose, e -> {
            cache.dispose();
            selection.dispose();
            placeholder.dispose();
            problem.dispose();
        });
    }

    private void redrawIfAlive() {
        if (!isDisposed()) {
            redraw();
        }
    }

    /** Shows these tiles (grouped by class, in class order) and keeps the selection of those still shown. */
    public void setTiles(List<Tile> shown, List<String> names) {
        tiles = List.copyOf(shown);
        classNames = List.copyOf(names);
        classCounts = new int[names.size()];
        for (Tile tile : tiles) {
            classCounts[tile.classIndex()]++;
        }
        Set<Path> present = new java.util.HashSet<>();
        tiles.forEach(t -> present.add(t.path()));
        selected.retainAll(present);
        anchor = -1;
        relayout();
    }

    /** The side of a cell in pixels. */
    public int cellSize() {
        return cell;
    }

    public void setCellSize(int size) {
        int clamped = Math.max(MIN_CELL, Math.min(MAX_CELL, size));
        if (clamped != cell) {
            int firstTile = firstVisibleTile();
            cell = clamped;
            relayout();
            if (firstTile >= 0) {
                reveal(firstTile, false);
            }
            notifyListeners(SWT.Modify, new Event());
        }
    }

    private void relayout() {
        int width = getClientArea().width;
        columns = Math.max(1, (width - 2 * MARGIN + GAP) / (cell + GAP));
        int rows = 0;
        for (int count : classCounts) {
            rows += count == 0 ? 0 : 1 + (count + columns - 1) / columns;
        }
        rowTop = new int[rows];
        rowFirst = new int[rows];
        rowCount = new int[rows];
        int y = MARGIN;
        int r = 0;
        int next = 0;
        for (int c = 0; c < classCounts.length; c++) {
            if (classCounts[c] == 0) {
                continue;
            }
            rowTop[r] = y;
            rowFirst[r] = -1 - c;
            r++;
            y += HEADER;
            for (int left = classCounts[c]; left > 0; left -= columns) {
                rowTop[r] = y;
                rowFirst[r] = next;
                rowCount[r] = Math.min(columns, left);
                next += rowCount[r];
                r++;
                y += cell + GAP;
            }
            y += GAP;
        }
        contentHeight = y + MARGIN;
        ScrollBar bar = getVerticalBar();
        int visible = Math.max(1, getClientArea().height);
        bar.setMaximum(Math.max(contentHeight, visible));
        bar.setThumb(Math.min(visible, Math.max(contentHeight, visible)));
        bar.setPageIncrement(Math.max(1, visible - cell));
        redraw();
    }

    private int rowHeight(int r) {
        return rowFirst[r] < 0 ? HEADER : cell;
    }

    /** The first row that reaches below {@code y}. */
    private int rowAt(int y) {
        int found = Arrays.binarySearch(rowTop, y);
        int r = found >= 0 ? found : Math.max(0, -found - 2);
        while (r < rowTop.length && rowTop[r] + rowHeight(r) < y) {
            r++;
        }
        return r;
    }

    private void paint(Event event) {
        long start = System.nanoTime();
        GC gc = event.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(event.x, event.y, event.width, event.height);
        int top = getVerticalBar().getSelection();
        cache.beginPaint();
        try {
            paintRows(gc, area, top, event);
        } finally {
            cache.endPaint();
        }
        longestPaintNanos = Math.max(longestPaintNanos, System.nanoTime() - start);
    }

    private void paintRows(GC gc, Rectangle area, int top, Event event) {
        for (int r = rowAt(top + event.y); r < rowTop.length && rowTop[r] - top < event.y + event.height; r++) {
            int y = rowTop[r] - top;
            if (rowFirst[r] < 0) {
                int c = -1 - rowFirst[r];
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                gc.drawText(NLS.bind(Messages.Images_groupHeader, new Object[] { classNames.get(c), c,
                        String.format("%,d", classCounts[c]) }), MARGIN, y + 4, true);
                gc.setForeground(placeholder);
                gc.drawLine(MARGIN, y + HEADER - 3, area.width - MARGIN, y + HEADER - 3);
                continue;
            }
            for (int i = 0; i < rowCount[r]; i++) {
                paintTile(gc, tiles.get(rowFirst[r] + i), MARGIN + i * (cell + GAP), y);
            }
        }
    }

    private void paintTile(GC gc, Tile tile, int x, int y) {
        if (selected.contains(tile.path())) {
            gc.setBackground(selection);
            gc.fillRectangle(x - 3, y - 3, cell + 6, cell + 6);
        }
        Image image = tile.usable() ? cache.get(tile.path()) : null;
        if (image == null) {
            gc.setBackground(tile.usable() && cache.failure(tile.path()) == null ? placeholder : problem);
            gc.fillRectangle(x, y, cell, cell);
            if (!tile.usable() || cache.failure(tile.path()) != null) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                String label = tile.problem() != null ? tile.problem().kind().label() : "!";
                gc.drawText(label, x + 3, y + 3, true);
                gc.drawText(ellipsis(gc, tile.path().getFileName().toString()), x + 3, y + cell - 18, true);
            }
            return;
        }
        Rectangle bounds = image.getBounds();
        float scale = Math.min((float) cell / bounds.width, (float) cell / bounds.height);
        int w = Math.max(1, Math.round(bounds.width * scale));
        int h = Math.max(1, Math.round(bounds.height * scale));
        // pixels enlarged stay pixels: what the network gets is a few dozen of them
        gc.setInterpolation(scale > 1 ? SWT.NONE : SWT.DEFAULT);
        gc.drawImage(image, 0, 0, bounds.width, bounds.height, x + (cell - w) / 2, y + (cell - h) / 2, w, h);
        if (tile.problem() != null) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            gc.fillOval(x + cell - 12, y + 2, 10, 10);
        }
    }

    private String ellipsis(GC gc, String text) {
        if (gc.textExtent(text).x <= cell - 6) {
            return text;
        }
        String shown = text;
        while (shown.length() > 1 && gc.textExtent(shown + "…").x > cell - 6) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "…";
    }

    /** How many usable tiles in the visible band have no thumbnail on screen yet (the benchmark waits for 0). */
    public int visibleMissing() {
        int top = getVerticalBar().getSelection();
        int height = getClientArea().height;
        int missing = 0;
        for (int r = rowAt(top); r < rowTop.length && rowTop[r] < top + height; r++) {
            for (int i = 0; rowFirst[r] >= 0 && i < rowCount[r]; i++) {
                Tile tile = tiles.get(rowFirst[r] + i);
                if (tile.usable() && !cache.settled(tile.path())) {
                    missing++;
                }
            }
        }
        return missing;
    }

    /** The class of the group at a point of the control (its header or its tiles), or -1. */
    public int classAt(int x, int y) {
        int r = rowAt(y + getVerticalBar().getSelection());
        if (r >= rowTop.length) {
            return -1;
        }
        return rowFirst[r] < 0 ? -1 - rowFirst[r] : tiles.get(rowFirst[r]).classIndex();
    }

    /** The tile index at a point of the control, or -1. */
    public int tileAt(int x, int y) {
        int contentY = y + getVerticalBar().getSelection();
        int r = rowAt(contentY);
        if (r >= rowTop.length || rowFirst[r] < 0 || contentY < rowTop[r] || contentY >= rowTop[r] + cell) {
            return -1;
        }
        int column = (x - MARGIN) / (cell + GAP);
        int inCell = (x - MARGIN) % (cell + GAP);
        if (x < MARGIN || column >= rowCount[r] || inCell >= cell) {
            return -1;
        }
        return rowFirst[r] + column;
    }

    /** The middle of a tile in control coordinates (after {@link #reveal}), for tests and tooltips. */
    public Point tileCenter(int index) {
        for (int r = 0; r < rowTop.length; r++) {
            if (rowFirst[r] >= 0 && index >= rowFirst[r] && index < rowFirst[r] + rowCount[r]) {
                int column = index - rowFirst[r];
                return new Point(MARGIN + column * (cell + GAP) + cell / 2,
                        rowTop[r] - getVerticalBar().getSelection() + cell / 2);
            }
        }
        return null;
    }

    private int firstVisibleTile() {
        int top = getVerticalBar().getSelection();
        for (int r = rowAt(top); r < rowTop.length; r++) {
            if (rowFirst[r] >= 0) {
                return rowFirst[r];
            }
        }
        return -1;
    }

    /** Scrolls so that a tile is visible (at the top when {@code onlyIfHidden} is false). */
    public void reveal(int index, boolean onlyIfHidden) {
        for (int r = 0; r < rowTop.length; r++) {
            if (rowFirst[r] >= 0 && index >= rowFirst[r] && index < rowFirst[r] + rowCount[r]) {
                ScrollBar bar = getVerticalBar();
                int top = bar.getSelection();
                int height = getClientArea().height;
                if (!onlyIfHidden || rowTop[r] < top || rowTop[r] + cell > top + height) {
                    bar.setSelection(Math.max(0, rowTop[r] - (r > 0 && rowFirst[r - 1] < 0 ? HEADER : GAP)));
                    redraw();
                }
                return;
            }
        }
    }

    /** Scrolls to a content position (pixels from the top), as the scroll bar would. */
    public void scrollTo(int y) {
        getVerticalBar().setSelection(y);
        redraw();
    }

    public int contentHeight() {
        return contentHeight;
    }

    public List<Tile> tiles() {
        return tiles;
    }

    /** The selected tiles, in grid order. */
    public List<Tile> selection() {
        List<Tile> result = new ArrayList<>();
        for (Tile tile : tiles) {
            if (selected.contains(tile.path())) {
                result.add(tile);
            }
        }
        return result;
    }

    /** Selects one tile (or none, with -1) and reveals it. */
    public void select(int index) {
        selected.clear();
        if (index >= 0) {
            selected.add(tiles.get(index).path());
            anchor = index;
            reveal(index, true);
        }
        redraw();
        onSelection.run();
    }

    /**
     * Selects every tile shown. In the workbench, Ctrl+A and Edit › Select All reach the grid through this method
     * (the workbench's Select All handler calls {@code selectAll()} on the focused control and keeps the key).
     */
    public void selectAll() {
        tiles.forEach(t -> selected.add(t.path()));
        redraw();
        onSelection.run();
    }

    public void onOpen(Consumer<Tile> listener) {
        onOpen = listener;
    }

    public void onSelection(Runnable listener) {
        onSelection = listener;
    }

    public ThumbnailCache cache() {
        return cache;
    }

    /** The longest paint since the last call, in nanoseconds (the benchmark's UI-thread figure). */
    public long takeLongestPaintNanos() {
        long longest = longestPaintNanos;
        longestPaintNanos = 0;
        return longest;
    }

    private void mouseDown(Event event) {
        setFocus();
        if (event.button == 3) {
            // a right-click on a tile outside the selection selects it, so that the context menu acts on it
            int index = tileAt(event.x, event.y);
            if (index >= 0 && !selected.contains(tiles.get(index).path())) {
                selected.clear();
                selected.add(tiles.get(index).path());
                anchor = index;
                redraw();
                onSelection.run();
            }
            return;
        }
        if (event.button != 1) {
            return;
        }
        int index = tileAt(event.x, event.y);
        if ((event.stateMask & SWT.MOD1) != 0) {
            if (index >= 0 && !selected.remove(tiles.get(index).path())) {
                selected.add(tiles.get(index).path());
            }
            anchor = index;
        } else if ((event.stateMask & SWT.SHIFT) != 0 && anchor >= 0 && index >= 0) {
            selected.clear();
            for (int i = Math.min(anchor, index); i <= Math.max(anchor, index); i++) {
                selected.add(tiles.get(i).path());
            }
        } else {
            selected.clear();
            if (index >= 0) {
                selected.add(tiles.get(index).path());
            }
            anchor = index;
        }
        redraw();
        onSelection.run();
    }

    private void doubleClick(Event event) {
        int index = tileAt(event.x, event.y);
        if (index >= 0) {
            onOpen.accept(tiles.get(index));
        }
    }

    private void wheel(Event event) {
        if ((event.stateMask & SWT.MOD1) != 0) {
            event.doit = false;
            setCellSize(cell + (event.count > 0 ? 16 : -16));
        }
    }

    private void key(Event event) {
        if ((event.stateMask & SWT.MOD1) != 0 && (event.character == 'a' || event.character == 1)) {
            selectAll();
        } else if (event.character == SWT.CR && anchor >= 0 && anchor < tiles.size()) {
            onOpen.accept(tiles.get(anchor));
        }
    }
}
