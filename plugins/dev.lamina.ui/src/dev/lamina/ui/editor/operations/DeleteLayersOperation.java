// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.operations;

import java.util.List;

import dev.lamina.core.model.Model;

/** Deletes layers; the layer after the last deleted one (or before it, at the end) becomes selected. */
public class DeleteLayersOperation extends ModelOperation {

    private final List<String> names;
    private String next;

    public DeleteLayersOperation(String label, ModelEditing editing, List<String> names) {
        super(label, editing);
        this.names = List.copyOf(names);
    }

    @Override
    protected Model apply(Model model) {
        Model edited = model;
        int last = -1;
        for (String name : names) {
            int index = edited.indexOf(name);
            if (index >= 0) {
                last = Math.max(last, model.indexOf(name));
                edited = edited.withRemoved(index);
            }
        }
        next = null;
        for (int i = last + 1; i < model.size() && next == null; i++) {
            next = names.contains(model.layer(i).name()) ? null : model.layer(i).name();
        }
        for (int i = last - 1; i >= 0 && next == null; i--) {
            next = names.contains(model.layer(i).name()) ? null : model.layer(i).name();
        }
        return edited;
    }

    @Override
    protected List<String> selectionAfter(Model edited, List<String> selected) {
        return next == null ? List.of() : List.of(next);
    }
}
