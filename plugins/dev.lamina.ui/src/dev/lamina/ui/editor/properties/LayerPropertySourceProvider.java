// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.properties;

import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

import dev.lamina.ui.editor.LayerElement;
import dev.lamina.ui.editor.operations.ModelEditing;

/** Gives the Properties view a {@link LayerPropertySource} for each selected layer of one editor. */
public final class LayerPropertySourceProvider implements IPropertySourceProvider {

    private final ModelEditing editing;

    public LayerPropertySourceProvider(ModelEditing editing) {
        this.editing = editing;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        return object instanceof LayerElement element ? new LayerPropertySource(element, editing) : null;
    }
}
