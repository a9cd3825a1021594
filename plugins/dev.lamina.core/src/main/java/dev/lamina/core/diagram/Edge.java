// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

/**
 * A vertical arrow from one block down to the next (or out of the last block), labelled with the
 * tensor shape that flows along it.
 *
 * @param from the index of the layer whose output this is
 * @param label the shape without the batch axis, e.g. {@code 26×26×16}, or {@code ?}
 * @param known whether the shape could be inferred
 */
public record Edge(int from, int x, int y1, int y2, String label, boolean known) {

    /** Where the label's text starts. */
    public int labelX() {
        return x + DiagramStyle.EDGE_LABEL_GAP;
    }

    /** The label's baseline. */
    public int labelBaseline() {
        return (y1 + y2) / 2 + DiagramStyle.EDGE_LABEL_SIZE / 2 - 1;
    }
}
