// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.summary;

import java.util.List;

/**
 * Keras's column layout ({@code print_row} in {@code keras/utils/layer_utils.py}, tf.keras 2.9+):
 * columns end at fixed positions, each but the last keeps two spaces free, and a cell that does
 * not fit continues on the next line, broken after {@code ),} and friends where possible.
 */
final class Table {

    private static final String[] BREAKS = {"),", "},", "],", "',"};

    private final int[] positions;

    /** @param positions where each column ends, the last one being the line length */
    Table(int... positions) {
        this.positions = positions.clone();
    }

    int width() {
        return positions[positions.length - 1];
    }

    void row(List<String> fields, StringBuilder out) {
        String[] left = fields.toArray(String[]::new);
        while (anyLeft(left)) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < left.length; col++) {
                int start = col > 0 ? positions[col - 1] : 0;
                int space = col != positions.length - 1 ? 2 : 0;
                int cutoff = positions[col] - start - space;
                String fit = left[col].substring(0, Math.min(cutoff, left[col].length()));
                int breakAt = Integer.MAX_VALUE;
                for (String candidate : BREAKS) {
                    int found = fit.indexOf(candidate);
                    if (found >= 0) {
                        breakAt = Math.min(breakAt, found + candidate.length());
                    }
                }
                if (breakAt != Integer.MAX_VALUE) {
                    cutoff = breakAt;
                    fit = fit.substring(0, Math.min(cutoff, fit.length()));
                }
                if (col == 0) {
                    line.append(' ');
                }
                line.append(fit).repeat(' ', space);
                left[col] = left[col].substring(Math.min(cutoff, left[col].length()));
                line.repeat(' ', Math.max(0, positions[col] - line.length()));
            }
            out.append(line).append('\n');
        }
    }

    void rule(char c, StringBuilder out) {
        out.repeat(c, width()).append('\n');
    }

    private static boolean anyLeft(String[] cells) {
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
