// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.diagram;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;

import dev.lamina.core.diagram.Block;
import dev.lamina.core.diagram.Bounds;
import dev.lamina.core.diagram.Diagram;
import dev.lamina.core.diagram.DiagramLayout;
import dev.lamina.core.diagram.DiagramStyle;
import dev.lamina.core.diagram.Edge;
import dev.lamina.core.diagram.Rgb;
import dev.lamina.core.diagram.TextWidth;
import dev.lamina.core.shape.Severity;
import dev.lamina.ui.editor.diagram.DiagramResources.Role;

/**
 * Paints a {@link Diagram} with SWT, in diagram units (the caller sets the zoom and scroll
 * transform), following {@link DiagramStyle} exactly as {@code DiagramSvg} and the command line's
 * PNG renderer do. Only what meets the clip rectangle is painted. Below
 * {@link #MIN_READABLE_TEXT} pixels text is unreadable, so at such zooms it is drawn as grey lines
 * ("greeked"), which is much faster than laying out text nobody can read.
 */
public final class DiagramPainter {

    /** The smallest text height, in device pixels, that is drawn as text. */
    public static final double MIN_READABLE_TEXT = 5;

    private static final LineAttributes BLOCK_LINE = new LineAttributes((float) DiagramStyle.BLOCK_STROKE);
    private static final LineAttributes EDGE_LINE = new LineAttributes((float) DiagramStyle.EDGE_STROKE);
    private static final LineAttributes DASHED_EDGE_LINE = new LineAttributes((float) DiagramStyle.EDGE_STROKE,
            SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_CUSTOM, new float[] {4, 3}, 0, 10);
    private static final LineAttributes BADGE_LINE = new LineAttributes(1.5f);

    private final DiagramResources resources;
    private boolean greek;

    public DiagramPainter(DiagramResources resources) {
        this.resources = resources;
    }

    public DiagramResources resources() {
        return resources;
    }

    /**
     * Paints the background, the title, the edges and the blocks that meet the clip (diagram units).
     *
     * @param scale device pixels per diagram unit (the zoom)
     */
    public void paint(GC gc, Diagram diagram, double clipX, double clipY, double clipWidth, double clipHeight,
            double scale) {
        greek = scale * DiagramStyle.FOOTER_SIZE < MIN_READABLE_TEXT;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setBackground(resources.color(DiagramStyle.BACKGROUND));
        gc.fillRectangle((int) Math.floor(clipX), (int) Math.floor(clipY), (int) Math.ceil(clipWidth) + 2,
                (int) Math.ceil(clipHeight) + 2);
        if (clipY < DiagramLayout.TOP) {
            text(gc, Role.TITLE, DiagramStyle.MUTED_TEXT, diagram.title(), DiagramLayout.LEFT,
                    DiagramLayout.TITLE_BASELINE, SWT.LEFT);
        }
        for (Edge edge : diagram.edges()) {
            if (edge.y2() >= clipY && edge.y1() <= clipY + clipHeight) {
                edge(gc, edge);
            }
        }
        for (Block block : diagram.blocks()) {
            if (block.bounds().intersects(clipX - DiagramStyle.BADGE_RADIUS, clipY - DiagramStyle.BADGE_RADIUS,
                    clipWidth + 2 * DiagramStyle.BADGE_RADIUS, clipHeight + 2 * DiagramStyle.BADGE_RADIUS)) {
                block(gc, block);
            }
        }
    }

    private void edge(GC gc, Edge edge) {
        Rgb colour = edge.known() ? DiagramStyle.EDGE : DiagramStyle.ERROR;
        gc.setForeground(resources.color(colour));
        gc.setBackground(resources.color(colour));
        gc.setLineAttributes(edge.known() ? EDGE_LINE : DASHED_EDGE_LINE);
        int tip = edge.y2();
        int arrowTop = tip - DiagramStyle.ARROW_LENGTH;
        gc.drawLine(edge.x(), edge.y1(), edge.x(), arrowTop);
        gc.fillPolygon(new int[] {edge.x() - DiagramStyle.ARROW_HALF_WIDTH, arrowTop,
            edge.x() + DiagramStyle.ARROW_HALF_WIDTH, arrowTop, edge.x(), tip});
        text(gc, Role.EDGE, edge.known() ? DiagramStyle.MUTED_TEXT : DiagramStyle.ERROR, edge.label(), edge.labelX(),
                edge.labelBaseline(), SWT.LEFT);
    }

    /** Paints one block with its problem badge. */
    public void block(GC gc, Block block) {
        Bounds b = block.bounds();
        int arc = 2 * DiagramStyle.CORNER_RADIUS;
        gc.setBackground(resources.color(block.category().fill()));
        gc.fillRoundRectangle(b.x(), b.y(), b.width(), b.height(), arc, arc);
        gc.setForeground(resources.color(block.hasError() ? DiagramStyle.ERROR : block.category().accent()));
        gc.setLineAttributes(BLOCK_LINE);
        gc.drawRoundRectangle(b.x(), b.y(), b.width(), b.height(), arc, arc);
        int left = b.x() + DiagramStyle.PADDING;
        text(gc, Role.NAME, DiagramStyle.TEXT, block.name(), left, b.y() + DiagramStyle.NAME_BASELINE, SWT.LEFT);
        text(gc, Role.TYPE, block.category().accent(), block.type(), b.right() - DiagramStyle.PADDING,
                b.y() + DiagramStyle.NAME_BASELINE, SWT.RIGHT);
        text(gc, Role.SETTINGS, DiagramStyle.SECONDARY_TEXT, block.settings(), left,
                b.y() + DiagramStyle.SETTINGS_BASELINE, SWT.LEFT);
        text(gc, Role.FOOTER, block.hasError() ? DiagramStyle.ERROR : DiagramStyle.MUTED_TEXT, block.footer(), left,
                b.y() + DiagramStyle.FOOTER_BASELINE, SWT.LEFT);
        if (block.badge() != null) {
            int r = DiagramStyle.BADGE_RADIUS;
            gc.setBackground(resources.color(block.badge() == Severity.ERROR ? DiagramStyle.ERROR
                    : DiagramStyle.WARNING));
            gc.fillOval(block.badgeX() - r, block.badgeY() - r, 2 * r, 2 * r);
            gc.setForeground(resources.color(DiagramStyle.WHITE));
            gc.setLineAttributes(BADGE_LINE);
            gc.drawOval(block.badgeX() - r, block.badgeY() - r, 2 * r, 2 * r);
            text(gc, Role.BADGE, DiagramStyle.WHITE, "!", block.badgeX(), block.badgeY() + 4, SWT.CENTER);
        }
    }

    /** Draws text at a baseline, anchored at its left, centre or right; greeked when too small to read. */
    void text(GC gc, Role role, Rgb colour, String text, int x, int baseline, int anchor) {
        if (greek) {
            int width = (int) Math.round(TextWidth.of(text, role.pixels, role.bold));
            int left = anchor == SWT.RIGHT ? x - width : anchor == SWT.CENTER ? x - width / 2 : x;
            gc.setBackground(resources.color(colour.mix(DiagramStyle.WHITE, 0.5)));
            gc.fillRectangle(left, baseline - role.pixels / 2, width, Math.max(1, role.pixels / 3));
            return;
        }
        gc.setFont(resources.font(role));
        gc.setForeground(resources.color(colour));
        int left = switch (anchor) {
            case SWT.RIGHT -> x - resources.width(gc, role, text);
            case SWT.CENTER -> x - resources.width(gc, role, text) / 2;
            default -> x;
        };
        gc.drawString(text, left, baseline - resources.ascent(role), true);
    }
}
