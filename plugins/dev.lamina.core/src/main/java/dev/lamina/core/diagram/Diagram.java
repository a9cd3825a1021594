// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import java.util.List;

/**
 * A model drawn as a vertical flow: one block per layer, top to bottom, with the shape between two
 * layers written on the edge that joins them. Made by {@link DiagramLayout}; drawn by the editor's
 * canvas, {@link DiagramSvg} and the command line's PNG renderer from the same geometry.
 *
 * @param title the heading above the blocks: the model name and its parameter count
 */
public record Diagram(String title, List<Block> blocks, List<Edge> edges, int width, int height) {

    public Diagram {
        blocks = List.copyOf(blocks);
        edges = List.copyOf(edges);
    }

    /** The block of a layer, or {@code null}. */
    public Block block(String layerName) {
        for (Block block : blocks) {
            if (block.layerName().equals(layerName)) {
                return block;
            }
        }
        return null;
    }

    /** The block under a point, or {@code null}. */
    public Block blockAt(double x, double y) {
        for (Block block : blocks) {
            if (block.bounds().contains(x, y)) {
                return block;
            }
        }
        return null;
    }

    /**
     * Where a layer dropped at height {@code y} goes: the number of blocks whose middle is above
     * {@code y}, from 0 (before the first) to the number of blocks (after the last).
     */
    public int insertionIndexAt(double y) {
        int index = 0;
        for (Block block : blocks) {
            if (block.bounds().centerY() < y) {
                index++;
            }
        }
        return index;
    }

    /** The height of the line marking an insertion before block {@code index} (or after the last). */
    public int insertionY(int index) {
        if (blocks.isEmpty()) {
            return DiagramLayout.TOP;
        }
        if (index <= 0) {
            return blocks.getFirst().bounds().y() - DiagramLayout.GAP / 2;
        }
        if (index >= blocks.size()) {
            return blocks.getLast().bounds().bottom() + DiagramLayout.GAP / 2;
        }
        return (blocks.get(index - 1).bounds().bottom() + blocks.get(index).bounds().y()) / 2;
    }
}
