// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import dev.lamina.core.shape.Severity;
import java.util.Locale;

/**
 * Writes a {@link Diagram} as a standalone SVG 1.1 document, drawn as the editor draws it. Each
 * block is a group with the layer's id and a {@code <title>} that viewers show on hover.
 */
public final class DiagramSvg {

    private DiagramSvg() {
    }

    /** The SVG text, UTF-8, ending in a newline. */
    public static String write(Diagram diagram) {
        StringBuilder out = new StringBuilder(4096 + diagram.blocks().size() * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(diagram.width())
                .append("\" height=\"").append(diagram.height()).append("\" viewBox=\"0 0 ").append(diagram.width())
                .append(' ').append(diagram.height()).append("\" font-family=\"")
                .append(escape(DiagramStyle.FONT_FAMILIES)).append("\">\n");
        out.append("<title>").append(escape(diagram.title())).append("</title>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(DiagramStyle.BACKGROUND.hex())
                .append("\"/>\n");
        text(out, DiagramLayout.LEFT, DiagramLayout.TITLE_BASELINE, DiagramStyle.TITLE_SIZE, false,
                DiagramStyle.MUTED_TEXT, "start", diagram.title());
        for (Edge edge : diagram.edges()) {
            edge(out, edge);
        }
        for (Block block : diagram.blocks()) {
            block(out, block);
        }
        return out.append("</svg>\n").toString();
    }

    private static void edge(StringBuilder out, Edge edge) {
        Rgb colour = edge.known() ? DiagramStyle.EDGE : DiagramStyle.ERROR;
        int tip = edge.y2();
        out.append("<line x1=\"").append(edge.x()).append("\" y1=\"").append(edge.y1()).append("\" x2=\"")
                .append(edge.x()).append("\" y2=\"").append(tip - DiagramStyle.ARROW_LENGTH).append("\" stroke=\"")
                .append(colour.hex()).append("\" stroke-width=\"").append(number(DiagramStyle.EDGE_STROKE))
                .append('"');
        if (!edge.known()) {
            out.append(" stroke-dasharray=\"4 3\"");
        }
        out.append("/>\n");
        out.append("<polygon points=\"").append(edge.x() - DiagramStyle.ARROW_HALF_WIDTH).append(',')
                .append(tip - DiagramStyle.ARROW_LENGTH).append(' ').append(edge.x() + DiagramStyle.ARROW_HALF_WIDTH)
                .append(',').append(tip - DiagramStyle.ARROW_LENGTH).append(' ').append(edge.x()).append(',')
                .append(tip).append("\" fill=\"").append(colour.hex()).append("\"/>\n");
        text(out, edge.labelX(), edge.labelBaseline(), DiagramStyle.EDGE_LABEL_SIZE, false,
                edge.known() ? DiagramStyle.MUTED_TEXT : DiagramStyle.ERROR, "start", edge.label());
    }

    private static void block(StringBuilder out, Block block) {
        Bounds b = block.bounds();
        LayerCategory category = block.category();
        out.append("<g id=\"layer-").append(escape(block.layerName())).append("\">\n");
        out.append("<title>").append(escape(block.tooltip())).append("</title>\n");
        out.append("<rect x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"")
                .append(b.width()).append("\" height=\"").append(b.height()).append("\" rx=\"")
                .append(DiagramStyle.CORNER_RADIUS).append("\" fill=\"").append(category.fill().hex())
                .append("\" stroke=\"").append((block.hasError() ? DiagramStyle.ERROR : category.accent()).hex())
                .append("\" stroke-width=\"").append(number(DiagramStyle.BLOCK_STROKE)).append("\"/>\n");
        int left = b.x() + DiagramStyle.PADDING;
        text(out, left, b.y() + DiagramStyle.NAME_BASELINE, DiagramStyle.NAME_SIZE, true, DiagramStyle.TEXT,
                "start", block.name());
        text(out, b.right() - DiagramStyle.PADDING, b.y() + DiagramStyle.NAME_BASELINE, DiagramStyle.TYPE_SIZE, false,
                category.accent(), "end", block.type());
        text(out, left, b.y() + DiagramStyle.SETTINGS_BASELINE, DiagramStyle.SETTINGS_SIZE, false,
                DiagramStyle.SECONDARY_TEXT, "start", block.settings());
        text(out, left, b.y() + DiagramStyle.FOOTER_BASELINE, DiagramStyle.FOOTER_SIZE, false,
                block.hasError() ? DiagramStyle.ERROR : DiagramStyle.MUTED_TEXT, "start", block.footer());
        if (block.badge() != null) {
            Rgb colour = block.badge() == Severity.ERROR ? DiagramStyle.ERROR : DiagramStyle.WARNING;
            int cx = block.badgeX();
            int cy = block.badgeY();
            out.append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"")
                    .append(DiagramStyle.BADGE_RADIUS).append("\" fill=\"").append(colour.hex())
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n");
            text(out, cx, cy + 4, DiagramStyle.TYPE_SIZE, true, DiagramStyle.WHITE, "middle", "!");
        }
        out.append("</g>\n");
    }

    private static void text(StringBuilder out, int x, int y, int size, boolean bold, Rgb colour, String anchor,
            String text) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (!anchor.equals("start")) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        out.append(" fill=\"").append(colour.hex()).append("\">").append(escape(text)).append("</text>\n");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    /** XML text and attribute escaping. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
