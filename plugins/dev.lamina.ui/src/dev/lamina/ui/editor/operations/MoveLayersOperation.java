// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.operations;

import java.util.ArrayList;
import java.util.List;

import dev.lamina.core.layer.Layer;
import dev.lamina.core.model.Model;

/**
 * Moves layers, keeping their order, so that they end up before the layer now at {@code target}
 * ({@code target} = the number of layers moves them to the end). Used by dragging blocks and by
 * Move Up / Move Down.
 */
public class MoveLayersOperation extends ModelOperation {

    private final List<String> names;
    private final int target;

    public MoveLayersOperation(String label, ModelEditing editing, List<String> names, int target) {
        super(label, editing);
        this.names = List.copyOf(names);
        this.target = target;
    }

    @Override
    protected Model apply(Model model) {
        List<Layer> moved = new ArrayList<>();
        List<Layer> rest = new ArrayList<>();
        int at = Math.clamp(target, 0, model.size());
        int insertAt = at;
        for (int i = 0; i < model.size(); i++) {
            Layer layer = model.layer(i);
            if (names.contains(layer.name())) {
                moved.add(layer);
                if (i < at) {
                    insertAt--;
                }
            } else {
                rest.add(layer);
            }
        }
        rest.addAll(insertAt, moved);
        return new Model(model.name(), rest, model.layout());
    }

    /** The target that moves a selection one place up (-1) or down (+1), or -1 when it cannot move. */
    public static int stepTarget(Model model, List<String> names, int direction) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (String name : names) {
            int index = model.indexOf(name);
            if (index >= 0) {
                first = Math.min(first, index);
                last = Math.max(last, index);
            }
        }
        if (last < 0) {
            return -1;
        }
        if (direction < 0) {
            return first == 0 ? -1 : first - 1;
        }
        return last >= model.size() - 1 ? -1 : last + 2;
    }
}
