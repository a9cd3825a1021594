// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.lamina.core.diagram.Block;
import dev.lamina.core.diagram.Bounds;
import dev.lamina.core.diagram.Diagram;
import dev.lamina.core.diagram.DiagramLayout;
import dev.lamina.core.diagram.DiagramStyle;
import dev.lamina.core.diagram.Edge;
import dev.lamina.core.diagram.Rgb;
import dev.lamina.core.shape.Severity;

/**
 * Draws a {@link Diagram} with java.awt, headless, following {@link DiagramStyle} as the editor's
 * canvas and the SVG writer do.
 */
public final class PngDiagramRenderer {

    private enum Text { TITLE, NAME, TYPE, SETTINGS, FOOTER, EDGE, BADGE }

    private final Map<Text, Font> fonts = new EnumMap<>(Text.class);

    public PngDiagramRenderer() {
        fonts.put(Text.TITLE, font(Font.PLAIN, DiagramStyle.TITLE_SIZE));
        fonts.put(Text.NAME, font(Font.BOLD, DiagramStyle.NAME_SIZE));
        fonts.put(Text.TYPE, font(Font.PLAIN, DiagramStyle.TYPE_SIZE));
        fonts.put(Text.SETTINGS, font(Font.PLAIN, DiagramStyle.SETTINGS_SIZE));
        fonts.put(Text.FOOTER, font(Font.PLAIN, DiagramStyle.FOOTER_SIZE));
        fonts.put(Text.EDGE, font(Font.PLAIN, DiagramStyle.EDGE_LABEL_SIZE));
        fonts.put(Text.BADGE, font(Font.BOLD, DiagramStyle.TYPE_SIZE));
    }

    private static Font font(int style, int pixels) {
        // Java 2D's default transform maps one point to one pixel.
        return new Font(DiagramStyle.FONT_FAMILY, style, pixels);
    }

    /** The diagram as an image, {@code scale} pixels per diagram unit. */
    public BufferedImage render(Diagram diagram, double scale) {
        int width = (int) Math.ceil(diagram.width() * scale);
        int height = (int) Math.ceil(diagram.height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            g.setColor(color(DiagramStyle.BACKGROUND));
            g.fillRect(0, 0, diagram.width(), diagram.height());
            text(g, Text.TITLE, DiagramStyle.MUTED_TEXT, diagram.title(), DiagramLayout.LEFT,
                    DiagramLayout.TITLE_BASELINE, Anchor.START);
            for (Edge edge : diagram.edges()) {
                edge(g, edge);
            }
            for (Block block : diagram.blocks()) {
                block(g, block);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the diagram as a PNG file. */
    public void write(Diagram diagram, double scale, Path file) throws IOException {
        if (!ImageIO.write(render(diagram, scale), "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    private void edge(Graphics2D g, Edge edge) {
        Rgb colour = edge.known() ? DiagramStyle.EDGE : DiagramStyle.ERROR;
        g.setColor(color(colour));
        float width = (float) DiagramStyle.EDGE_STROKE;
        g.setStroke(edge.known() ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0));
        int tip = edge.y2();
        g.drawLine(edge.x(), edge.y1(), edge.x(), tip - DiagramStyle.ARROW_LENGTH);
        Polygon arrow = new Polygon();
        arrow.addPoint(edge.x() - DiagramStyle.ARROW_HALF_WIDTH, tip - DiagramStyle.ARROW_LENGTH);
        arrow.addPoint(edge.x() + DiagramStyle.ARROW_HALF_WIDTH, tip - DiagramStyle.ARROW_LENGTH);
        arrow.addPoint(edge.x(), tip);
        g.fillPolygon(arrow);
        text(g, Text.EDGE, edge.known() ? DiagramStyle.MUTED_TEXT : DiagramStyle.ERROR, edge.label(), edge.labelX(),
                edge.labelBaseline(), Anchor.START);
    }

    private void block(Graphics2D g, Block block) {
        Bounds b = block.bounds();
        RoundRectangle2D shape = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(),
                2 * DiagramStyle.CORNER_RADIUS, 2 * DiagramStyle.CORNER_RADIUS);
        g.setColor(color(block.category().fill()));
        g.fill(shape);
        g.setColor(color(block.hasError() ? DiagramStyle.ERROR : block.category().accent()));
        g.setStroke(new BasicStroke((float) DiagramStyle.BLOCK_STROKE));
        g.draw(shape);
        int left = b.x() + DiagramStyle.PADDING;
        text(g, Text.NAME, DiagramStyle.TEXT, block.name(), left, b.y() + DiagramStyle.NAME_BASELINE, Anchor.START);
        text(g, Text.TYPE, block.category().accent(), block.type(), b.right() - DiagramStyle.PADDING,
                b.y() + DiagramStyle.NAME_BASELINE, Anchor.END);
        text(g, Text.SETTINGS, DiagramStyle.SECONDARY_TEXT, block.settings(), left,
                b.y() + DiagramStyle.SETTINGS_BASELINE, Anchor.START);
        text(g, Text.FOOTER, block.hasError() ? DiagramStyle.ERROR : DiagramStyle.MUTED_TEXT, block.footer(), left,
                b.y() + DiagramStyle.FOOTER_BASELINE, Anchor.START);
        if (block.badge() != null) {
            int r = DiagramStyle.BADGE_RADIUS;
            g.setColor(color(block.badge() == Severity.ERROR ? DiagramStyle.ERROR : DiagramStyle.WARNING));
            g.fillOval(block.badgeX() - r, block.badgeY() - r, 2 * r, 2 * r);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.5f));
            g.drawOval(block.badgeX() - r, block.badgeY() - r, 2 * r, 2 * r);
            text(g, Text.BADGE, DiagramStyle.WHITE, "!", block.badgeX(), block.badgeY() + 4, Anchor.MIDDLE);
        }
    }

    private enum Anchor { START, MIDDLE, END }

    private void text(Graphics2D g, Text kind, Rgb colour, String text, int x, int baseline, Anchor anchor) {
        Font font = fonts.get(kind);
        g.setFont(font);
        g.setColor(color(colour));
        FontMetrics metrics = g.getFontMetrics(font);
        float width = (float) metrics.getStringBounds(text, g).getWidth();
        float left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        g.drawString(text, left, baseline);
    }

    private static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }
}
