// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.operations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerNames;
import dev.lamina.core.model.Model;

/**
 * Inserts layers at an index (adding from the palette, pasting). A layer whose name is taken gets
 * the next free Keras-style name of its kind; the inserted layers end up selected.
 */
public class InsertLayersOperation extends ModelOperation {

    private final int index;
    private final List<Layer> layers;
    private final List<String> inserted = new ArrayList<>();

    public InsertLayersOperation(String label, ModelEditing editing, int index, List<Layer> layers) {
        super(label, editing);
        this.index = index;
        this.layers = List.copyOf(layers);
    }

    @Override
    protected Model apply(Model model) {
        Set<String> taken = new HashSet<>(model.layerNames());
        Model edited = model;
        int at = Math.clamp(index, 0, model.size());
        inserted.clear();
        for (Layer layer : layers) {
            Layer named = taken.contains(layer.name()) ? layer.withName(LayerNames.unique(layer.kind(), taken)) : layer;
            taken.add(named.name());
            inserted.add(named.name());
            edited = edited.withInserted(at++, named);
        }
        return edited;
    }

    @Override
    protected List<String> selectionAfter(Model edited, List<String> selected) {
        return List.copyOf(inserted);
    }
}
