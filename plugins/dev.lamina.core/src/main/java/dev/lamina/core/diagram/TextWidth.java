// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

/**
 * Text widths in DejaVu Sans (the diagram's first font family) from its advance widths, so that
 * the layout can shorten texts to fit their block without a graphics library. Renderers with
 * another font get texts that fit within a few percent.
 */
public final class TextWidth {

    /** Advances of U+0020 to U+007E in thousandths of an em. */
    private static final short[] REGULAR = {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    };
    private static final short[] BOLD = {
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
        1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
        500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    };

    private TextWidth() {
    }

    /** The width of {@code text} at {@code size} pixels. */
    public static double of(String text, int size, boolean bold) {
        short[] advances = bold ? BOLD : REGULAR;
        long total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            total += c >= 0x20 && c <= 0x7e ? advances[c - 0x20] : switch (c) {
                case '×' -> 838;
                case '…' -> 1000;
                case '·' -> bold ? 380 : 318;
                case 'ε' -> bold ? 557 : 541;
                default -> bold ? 700 : 640;
            };
        }
        return total * size / 1000.0;
    }

    /** {@code text}, or its longest start that fits {@code width} with an ellipsis. */
    public static String fit(String text, double width, int size, boolean bold) {
        if (of(text, size, bold) <= width) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            String candidate = text.substring(0, end) + "…";
            if (of(candidate, size, bold) <= width) {
                return candidate;
            }
        }
        return "…";
    }
}
