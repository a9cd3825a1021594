// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.operations;

import java.util.List;

import dev.lamina.core.layer.Layer;
import dev.lamina.core.model.Model;

/** Replaces one layer by an edited copy (a property change, a rename); the selection follows a rename. */
public class ChangeLayerOperation extends ModelOperation {

    private final String name;
    private final Layer changed;

    public ChangeLayerOperation(String label, ModelEditing editing, String name, Layer changed) {
        super(label, editing);
        this.name = name;
        this.changed = changed;
    }

    @Override
    protected Model apply(Model model) {
        int index = model.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no layer named " + name);
        }
        if (!changed.name().equals(name) && model.indexOf(changed.name()) >= 0) {
            throw new IllegalArgumentException("a layer named " + changed.name() + " already exists");
        }
        return model.withLayer(index, changed);
    }

    @Override
    protected List<String> selectionAfter(Model edited, List<String> selected) {
        return selected.stream().map(n -> n.equals(name) ? changed.name() : n).toList();
    }
}
