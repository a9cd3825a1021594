// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.shape.Severity;
import java.util.List;

/**
 * One layer's block: where it is and the three lines written in it.
 *
 * @param index the layer's index in the model
 * @param name the layer name, shortened to fit
 * @param type the Keras type, e.g. {@code Conv2D}
 * @param settings the key settings, e.g. {@code 16 filters, 3×3, relu}
 * @param footer the parameter count, or the first error
 * @param badge the worst problem of the layer, or {@code null}
 * @param problems the layer's problem messages
 * @param tooltip what hovering the block shows: shape, parameters, MACs, memory, problems
 */
public record Block(int index, String layerName, LayerKind kind, LayerCategory category, Bounds bounds, String name,
        String type, String settings, String footer, Severity badge, List<String> problems, String tooltip) {

    public Block {
        problems = List.copyOf(problems);
    }

    /** Whether the layer has an error; its footer then shows it. */
    public boolean hasError() {
        return badge == Severity.ERROR;
    }

    /** The centre of the problem badge, on the block's top-right corner. */
    public int badgeX() {
        return bounds.right() - 2;
    }

    public int badgeY() {
        return bounds.y() + 2;
    }
}
