// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import dev.lamina.core.diagram.Block;
import dev.lamina.core.diagram.Bounds;
import dev.lamina.core.diagram.Diagram;
import dev.lamina.core.diagram.DiagramSelection;
import dev.lamina.core.diagram.DiagramViewport;
import dev.lamina.core.diagram.DiagramStyle;
import dev.lamina.ui.editor.diagram.DiagramResources.Role;

/**
 * The model diagram: paints a {@link Diagram} with {@link DiagramPainter} and lets the user select
 * (click, Ctrl/Shift-click, marquee, arrow keys), reorder (drag blocks), zoom (Ctrl+wheel) and
 * scroll. It changes nothing itself: edits go to its {@link Listener}.
 */
public final class DiagramCanvas extends Canvas {

    /** What the user asks of the diagram. */
    public interface Listener {
        /** The user selected these layers (in model order). */
        void selectionChanged(List<String> names);

        /** The user dragged these layers to before the layer at {@code target}. */
        void moveLayers(List<String> names, int target);

        /** The user double-clicked a block or pressed Enter. */
        void openLayer(String name);
    }

    private static final double ZOOM_STEP = 1.25;
    private static final int DRAG_THRESHOLD = 5;
    private static final int SCROLL_INCREMENT = 20;
    private static final LineAttributes SELECTION_LINE = new LineAttributes(2.5f);
    private static final LineAttributes FOCUS_LINE = new LineAttributes(1f, SWT.CAP_FLAT, SWT.JOIN_MITER,
            SWT.LINE_CUSTOM, new float[] {2, 2}, 0, 10);
    private static final LineAttributes INSERTION_LINE = new LineAttributes(3f);
    private static final LineAttributes MARQUEE_LINE = new LineAttributes(1f);

    private final DiagramResources resources;
    private final DiagramPainter painter;
    private final Listener listener;
    private Diagram diagram;
    private String emptyHint = "";
    private Function<String, String> toolTips = name -> block(name).tooltip();
    private final DiagramViewport viewport = new DiagramViewport();

    private final DiagramSelection selection = new DiagramSelection();
    private String hover;
    /** Where a dragged block or palette entry would go, or -1. */
    private int insertion = -1;

    private Point pressed;
    private String pressedBlock;
    private boolean dragging;
    private Rectangle marquee;
    private List<String> selectionBeforeMarquee = List.of();

    public DiagramCanvas(Composite parent, Diagram diagram, Listener listener) {
        super(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.diagram = diagram;
        this.listener = listener;
        this.resources = new DiagramResources(getDisplay());
        this.painter = new DiagramPainter(resources);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBars());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, this::mouseDoubleClick);
        addListener(SWT.MouseExit, e -> setHover(null));
        addListener(SWT.MouseVerticalWheel, this::mouseWheel);
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.Traverse, this::traverse);
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.FocusOut, e -> redraw());
        addListener(SWT.Dispose, e -> resources.dispose());
        getHorizontalBar().addListener(SWT.Selection, e -> {
            viewport.scrollTo(getHorizontalBar().getSelection(), viewport.scrollY());
            redraw();
        });
        getVerticalBar().addListener(SWT.Selection, e -> {
            viewport.scrollTo(viewport.scrollX(), getVerticalBar().getSelection());
            redraw();
        });
        getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                Block block = focusBlock();
                e.result = block == null ? diagram().title() : block.tooltip();
            }
        });
        updateScrollBars();
    }

    public Diagram diagram() {
        return diagram;
    }

    /** Shows a new diagram of the model, keeping the zoom, the scroll position and the selected names. */
    public void setDiagram(Diagram newDiagram) {
        checkWidget();
        diagram = newDiagram;
        selection.retain(diagram);
        if (hover != null && block(hover) == null) {
            hover = null;
        }
        updateScrollBars();
        redraw();
    }

    /** What hovering a layer's block shows; by default the diagram's own (English) text. */
    public void setToolTips(Function<String, String> toolTipOfLayer) {
        toolTips = toolTipOfLayer;
    }

    /** The text shown in an empty diagram. */
    public void setEmptyHint(String hint) {
        emptyHint = hint;
        redraw();
    }

    /** The selected layer names, in model order. */
    public List<String> selection() {
        return selection.inModelOrder(diagram);
    }

    /** Selects layers without telling the listener, and reveals the last one. */
    public void setSelection(List<String> names) {
        checkWidget();
        if (!selection.set(diagram, names)) {
            return;
        }
        if (!selection.isEmpty()) {
            reveal(selection.focus());
        }
        redraw();
    }

    /** The layer with the keyboard focus, or {@code null}. */
    public String focusLayer() {
        return selection.focus();
    }

    // --- zoom and scrolling

    public double zoom() {
        return viewport.zoom();
    }

    public void zoomIn() {
        setZoom(viewport.zoom() * ZOOM_STEP, null);
    }

    public void zoomOut() {
        setZoom(viewport.zoom() / ZOOM_STEP, null);
    }

    /** Zooms so that the whole diagram fits the visible area (never above 100%). */
    public void zoomToFit() {
        Rectangle area = getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        syncViewport();
        setZoom(viewport.fitZoom(), null);
    }

    /**
     * Sets the zoom, keeping the diagram point under {@code pivot} (control coordinates) where it is,
     * or the middle of the view when {@code pivot} is {@code null}.
     */
    public void setZoom(double newZoom, Point pivot) {
        checkWidget();
        syncViewport();
        if (pivot == null) {
            viewport.zoomAtCentre(newZoom);
        } else {
            viewport.zoomAt(newZoom, pivot.x, pivot.y);
        }
        updateScrollBars();
        redraw();
    }

    private void scrollTo(int x, int y) {
        viewport.scrollTo(x, y);
        getHorizontalBar().setSelection(viewport.scrollX());
        getVerticalBar().setSelection(viewport.scrollY());
        redraw();
    }

    /** Scrolls so that a layer's block is visible. */
    public void reveal(String name) {
        Block block = block(name);
        if (block == null) {
            return;
        }
        syncViewport();
        viewport.reveal(block.bounds(), DiagramStyle.BADGE_RADIUS);
        scrollTo(viewport.scrollX(), viewport.scrollY());
    }

    /** Tells the viewport the current sizes of the view and of the diagram. */
    private void syncViewport() {
        Rectangle area = getClientArea();
        viewport.setViewSize(area.width, area.height);
        viewport.setDiagramSize(diagram.width(), diagram.height());
    }

    private void updateScrollBars() {
        syncViewport();
        Rectangle area = getClientArea();
        ScrollBar h = getHorizontalBar();
        ScrollBar v = getVerticalBar();
        int width = viewport.contentWidth();
        int height = viewport.contentHeight();
        h.setValues(viewport.scrollX(), 0, Math.max(width, 1), Math.max(1, Math.min(area.width, width)),
                SCROLL_INCREMENT, Math.max(1, area.width));
        v.setValues(viewport.scrollY(), 0, Math.max(height, 1), Math.max(1, Math.min(area.height, height)),
                SCROLL_INCREMENT, Math.max(1, area.height));
        h.setVisible(width > area.width);
        v.setVisible(height > area.height);
    }

    /** Control coordinates to diagram units. */
    public double[] toDiagram(int x, int y) {
        return viewport.toDiagram(x, y);
    }

    /** A block's bounds in control coordinates (for tests and for placing pop-ups). */
    public Rectangle toControl(Bounds bounds) {
        Bounds view = viewport.toView(bounds);
        return new Rectangle(view.x(), view.y(), view.width(), view.height());
    }

    /** Where a layer dropped at a point (control coordinates) would be inserted. */
    public int insertionIndexAt(int x, int y) {
        return diagram.insertionIndexAt(toDiagram(x, y)[1]);
    }

    /** Shows (index ≥ 0) or hides (-1) the line where a dropped layer would go. */
    public void showInsertion(int index) {
        if (index != insertion) {
            insertion = index;
            redraw();
        }
    }

    // --- painting

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(resources.color(DiagramStyle.BACKGROUND));
        gc.fillRectangle(e.x, e.y, e.width, e.height);
        Transform transform = new Transform(getDisplay());
        try {
            transform.translate(viewport.offsetX() - viewport.scrollX(), -viewport.scrollY());
            transform.scale((float) viewport.zoom(), (float) viewport.zoom());
            gc.setTransform(transform);
            double[] origin = toDiagram(e.x, e.y);
            double zoom = viewport.zoom();
            painter.paint(gc, diagram, origin[0], origin[1], e.width / zoom, e.height / zoom, zoom);
            paintOverlays(gc);
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
        if (diagram.blocks().isEmpty() && !emptyHint.isEmpty()) {
            gc.setFont(resources.font(Role.HINT));
            gc.setForeground(resources.color(DiagramStyle.MUTED_TEXT));
            Point extent = gc.textExtent(emptyHint);
            Rectangle area = getClientArea();
            gc.drawText(emptyHint, Math.max(8, (area.width - extent.x) / 2), Math.max(8, (area.height - extent.y) / 2),
                    true);
        }
        if (marquee != null) {
            gc.setForeground(resources.color(DiagramStyle.SELECTION));
            gc.setBackground(resources.color(DiagramStyle.SELECTION));
            gc.setAlpha(40);
            gc.fillRectangle(normalized(marquee));
            gc.setAlpha(255);
            gc.setLineAttributes(MARQUEE_LINE);
            gc.drawRectangle(normalized(marquee));
        }
    }

    private void paintOverlays(GC gc) {
        int arc = 2 * DiagramStyle.CORNER_RADIUS + 6;
        if (hover != null && !selection.contains(hover) && !dragging) {
            Block block = block(hover);
            gc.setForeground(resources.color(DiagramStyle.SELECTION));
            gc.setAlpha(110);
            gc.setLineAttributes(SELECTION_LINE);
            Bounds b = block.bounds();
            gc.drawRoundRectangle(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6, arc, arc);
            gc.setAlpha(255);
        }
        for (String name : selection.names()) {
            Bounds b = block(name).bounds();
            gc.setForeground(resources.color(DiagramStyle.SELECTION));
            gc.setLineAttributes(SELECTION_LINE);
            gc.drawRoundRectangle(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6, arc, arc);
        }
        Block focusBlock = focusBlock();
        if (focusBlock != null && isFocusControl()) {
            Bounds b = focusBlock.bounds();
            gc.setForeground(resources.color(DiagramStyle.TEXT));
            gc.setLineAttributes(FOCUS_LINE);
            gc.drawRoundRectangle(b.x() - 6, b.y() - 6, b.width() + 12, b.height() + 12, arc + 6, arc + 6);
        }
        if (insertion >= 0) {
            int y = diagram.insertionY(insertion);
            int left = dev.lamina.core.diagram.DiagramLayout.LEFT - 10;
            int right = dev.lamina.core.diagram.DiagramLayout.LEFT + dev.lamina.core.diagram.DiagramLayout.BLOCK_WIDTH
                    + 10;
            gc.setForeground(resources.color(DiagramStyle.SELECTION));
            gc.setBackground(resources.color(DiagramStyle.SELECTION));
            gc.setLineAttributes(INSERTION_LINE);
            gc.drawLine(left, y, right, y);
            gc.fillOval(left - 4, y - 4, 8, 8);
            gc.fillOval(right - 4, y - 4, 8, 8);
        }
    }

    private static Rectangle normalized(Rectangle r) {
        return new Rectangle(Math.min(r.x, r.x + r.width), Math.min(r.y, r.y + r.height), Math.abs(r.width),
                Math.abs(r.height));
    }

    // --- mouse

    private void mouseDown(Event e) {
        if (e.button != 1) {
            Block block = blockAt(e.x, e.y);
            if (block != null && !selection.contains(block.layerName())) {
                select(List.of(block.layerName()), block.layerName());
            }
            return;
        }
        forceFocus();
        pressed = new Point(e.x, e.y);
        Block block = blockAt(e.x, e.y);
        pressedBlock = block == null ? null : block.layerName();
        boolean toggle = (e.stateMask & SWT.MOD1) != 0;
        boolean range = (e.stateMask & SWT.SHIFT) != 0;
        if (block == null) {
            marquee = new Rectangle(e.x, e.y, 0, 0);
            selectionBeforeMarquee = toggle || range ? selection.names() : List.of();
            if (!toggle && !range) {
                select(List.of(), null);
            }
            return;
        }
        String name = block.layerName();
        if (toggle) {
            List<String> toggled = selection.toggled(name);
            selection.setFocus(name);
            selection.setAnchor(name);
            select(toggled, name);
        } else if (range && selection.hasAnchorIn(diagram)) {
            select(DiagramSelection.range(diagram, selection.anchor(), name), name);
            selection.setFocus(name);
        } else if (!selection.contains(name)) {
            selection.setAnchor(name);
            select(List.of(name), name);
        } else {
            selection.setFocus(name);
            redraw();
        }
    }

    private void mouseMove(Event e) {
        if (pressed == null || (e.stateMask & SWT.BUTTON1) == 0) {
            Block block = blockAt(e.x, e.y);
            setHover(block == null ? null : block.layerName());
            return;
        }
        if (marquee != null) {
            marquee.width = e.x - marquee.x;
            marquee.height = e.y - marquee.y;
            selectInMarquee();
            redraw();
            return;
        }
        if (pressedBlock != null) {
            if (!dragging && (Math.abs(e.x - pressed.x) > DRAG_THRESHOLD || Math.abs(e.y - pressed.y) > DRAG_THRESHOLD)) {
                dragging = true;
                setCursor(getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
            }
            if (dragging) {
                showInsertion(insertionIndexAt(e.x, e.y));
                autoScroll(e.y);
            }
        }
    }

    private void autoScroll(int y) {
        Rectangle area = getClientArea();
        if (y < 16) {
            scrollTo(viewport.scrollX(), viewport.scrollY() - SCROLL_INCREMENT);
        } else if (y > area.height - 16) {
            scrollTo(viewport.scrollX(), viewport.scrollY() + SCROLL_INCREMENT);
        }
    }

    private void mouseUp(Event e) {
        if (e.button != 1 || pressed == null) {
            return;
        }
        try {
            if (dragging) {
                int target = insertion;
                List<String> moved = selection();
                endDrag();
                if (target >= 0 && !moved.isEmpty() && !isNoOpMove(moved, target)) {
                    listener.moveLayers(moved, target);
                }
            } else if (marquee != null) {
                marquee = null;
                redraw();
            } else if (pressedBlock != null && (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0
                    && selection.size() > 1) {
                selection.setAnchor(pressedBlock);
                select(List.of(pressedBlock), pressedBlock);
            }
        } finally {
            pressed = null;
            pressedBlock = null;
        }
    }

    private boolean isNoOpMove(List<String> moved, int target) {
        int first = diagram.blocks().size();
        int last = -1;
        for (String name : moved) {
            int index = block(name).index();
            first = Math.min(first, index);
            last = Math.max(last, index);
        }
        return last - first + 1 == moved.size() && target >= first && target <= last + 1;
    }

    private void endDrag() {
        dragging = false;
        showInsertion(-1);
        setCursor(null);
    }

    private void mouseDoubleClick(Event e) {
        Block block = blockAt(e.x, e.y);
        if (block != null && e.button == 1) {
            listener.openLayer(block.layerName());
        }
    }

    private void mouseWheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            setZoom(e.count > 0 ? viewport.zoom() * ZOOM_STEP : viewport.zoom() / ZOOM_STEP, new Point(e.x, e.y));
        }
    }

    private void setHover(String name) {
        if (java.util.Objects.equals(name, hover)) {
            return;
        }
        hover = name;
        setToolTipText(name == null ? null : toolTips.apply(name));
        redraw();
    }

    private void selectInMarquee() {
        Rectangle r = normalized(marquee);
        double[] from = toDiagram(r.x, r.y);
        double[] to = toDiagram(r.x + r.width, r.y + r.height);
        Set<String> names = new LinkedHashSet<>(selectionBeforeMarquee);
        for (Block block : diagram.blocks()) {
            if (block.bounds().intersects(from[0], from[1], to[0] - from[0], to[1] - from[1])) {
                names.add(block.layerName());
            }
        }
        List<String> chosen = new ArrayList<>(names);
        if (!chosen.equals(selection.names())) {
            select(chosen, chosen.isEmpty() ? null : chosen.getLast());
        }
    }

    // --- keyboard

    private void traverse(Event e) {
        switch (e.detail) {
            case SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS, SWT.TRAVERSE_RETURN, SWT.TRAVERSE_PAGE_NEXT,
                    SWT.TRAVERSE_PAGE_PREVIOUS -> e.doit = false;
            case SWT.TRAVERSE_ESCAPE -> {
                if (dragging || marquee != null || !selection.isEmpty()) {
                    e.doit = false;
                }
            }
            case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS -> e.doit = true;
            default -> {
                // the platform decides
            }
        }
    }

    private void keyDown(Event e) {
        List<Block> blocks = diagram.blocks();
        if (blocks.isEmpty()) {
            return;
        }
        Block current = focusBlock();
        int index = current == null ? -1 : current.index();
        int visible = Math.max(1, (int) (getClientArea().height / (viewport.zoom() * dev.lamina.core.diagram.DiagramLayout.SPACING)));
        int next = switch (e.keyCode) {
            case SWT.ARROW_UP -> index < 0 ? 0 : Math.max(0, index - 1);
            case SWT.ARROW_DOWN -> index < 0 ? 0 : Math.min(blocks.size() - 1, index + 1);
            case SWT.HOME -> 0;
            case SWT.END -> blocks.size() - 1;
            case SWT.PAGE_UP -> Math.max(0, index - visible);
            case SWT.PAGE_DOWN -> Math.min(blocks.size() - 1, Math.max(0, index) + visible);
            default -> -2;
        };
        if (next >= 0) {
            String name = blocks.get(next).layerName();
            if ((e.stateMask & SWT.SHIFT) != 0 && selection.hasAnchorIn(diagram)) {
                select(DiagramSelection.range(diagram, selection.anchor(), name), name);
            } else if ((e.stateMask & SWT.MOD1) != 0) {
                selection.setFocus(name);
                reveal(name);
                redraw();
            } else {
                selection.setAnchor(name);
                select(List.of(name), name);
            }
            return;
        }
        switch (e.keyCode) {
            case SWT.ESC -> {
                if (dragging) {
                    endDrag();
                    pressed = null;
                } else {
                    select(List.of(), selection.focus());
                }
            }
            case SWT.CR, SWT.KEYPAD_CR -> {
                if (current != null) {
                    listener.openLayer(current.layerName());
                }
            }
            case ' ' -> {
                if (current != null && (e.stateMask & SWT.MOD1) != 0) {
                    select(selection.toggled(current.layerName()), current.layerName());
                }
            }
            default -> {
                // other keys go to the key bindings
            }
        }
    }

    // --- helpers

    private void select(List<String> names, String newFocus) {
        boolean changed = selection.select(diagram, names, newFocus);
        if (newFocus != null) {
            reveal(newFocus);
        }
        redraw();
        if (changed) {
            listener.selectionChanged(selection());
        }
    }

    private Block focusBlock() {
        return selection.focus() == null ? null : block(selection.focus());
    }

    /** The block of a layer, or {@code null}. */
    public Block block(String name) {
        return diagram.block(name);
    }

    private Block blockAt(int x, int y) {
        double[] at = toDiagram(x, y);
        return diagram.blockAt(at[0], at[1]);
    }
}
