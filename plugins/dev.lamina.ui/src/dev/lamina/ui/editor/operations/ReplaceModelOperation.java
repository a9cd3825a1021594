// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.operations;

import dev.lamina.core.model.Model;

/** Replaces the whole model: an edit of the source text, a reload from disk. Keeps the new model's layout. */
public class ReplaceModelOperation extends ModelOperation {

    private final Model replacement;
    private final Object origin;

    /** @param origin passed to the document's listeners when executed (not on undo or redo) */
    public ReplaceModelOperation(String label, ModelEditing editing, Model replacement, Object origin) {
        super(label, editing);
        this.replacement = replacement;
        this.origin = origin;
    }

    @Override
    protected Model apply(Model model) {
        return replacement;
    }

    @Override
    protected boolean keepsLayout() {
        return true;
    }

    @Override
    protected Object origin() {
        return origin;
    }
}
