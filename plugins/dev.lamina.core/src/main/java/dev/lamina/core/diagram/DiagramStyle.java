// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

/**
 * How a {@link Diagram} is drawn: every renderer (the editor's canvas, SVG, PNG) uses these sizes,
 * fonts and colours so that the pictures match. Sizes are in diagram units (pixels at 100%).
 */
public final class DiagramStyle {

    public static final Rgb WHITE = new Rgb(255, 255, 255);
    public static final Rgb BACKGROUND = Rgb.of(0xfbfbfc);
    /** Names and the title. */
    public static final Rgb TEXT = Rgb.of(0x1f2328);
    /** Key settings. */
    public static final Rgb SECONDARY_TEXT = Rgb.of(0x3d4450);
    /** Parameter counts, edge labels. */
    public static final Rgb MUTED_TEXT = Rgb.of(0x656d76);
    public static final Rgb EDGE = Rgb.of(0x8a939e);
    public static final Rgb ERROR = Rgb.of(0xc62828);
    public static final Rgb WARNING = Rgb.of(0xd9822b);
    /** The editor's selection outline. */
    public static final Rgb SELECTION = Rgb.of(0x1a73e8);

    /** Font families, best first, as a CSS list. */
    public static final String FONT_FAMILIES = "'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif";
    /** The first family, for renderers that take one name. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    /** Font sizes in pixels (diagram units). */
    public static final int TITLE_SIZE = 13;
    public static final int NAME_SIZE = 13;
    public static final int TYPE_SIZE = 11;
    public static final int SETTINGS_SIZE = 12;
    public static final int FOOTER_SIZE = 11;
    public static final int EDGE_LABEL_SIZE = 11;

    public static final int CORNER_RADIUS = 8;
    public static final double BLOCK_STROKE = 1.5;
    public static final double EDGE_STROKE = 1.5;
    public static final int ARROW_LENGTH = 7;
    public static final int ARROW_HALF_WIDTH = 4;
    public static final int BADGE_RADIUS = 8;
    /** Horizontal padding of text inside a block. */
    public static final int PADDING = 12;
    /** Baselines of the three text lines, from the block's top. */
    public static final int NAME_BASELINE = 21;
    public static final int SETTINGS_BASELINE = 39;
    public static final int FOOTER_BASELINE = 56;
    /** Gap between an edge and its label. */
    public static final int EDGE_LABEL_GAP = 8;

    private DiagramStyle() {
    }
}
