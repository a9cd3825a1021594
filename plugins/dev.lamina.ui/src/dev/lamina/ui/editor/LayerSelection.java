// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;

/** Selections of layers, as the editor, its outline and the Properties view exchange them. */
public final class LayerSelection {

    private LayerSelection() {
    }

    /** A selection of the named layers of a document. */
    public static IStructuredSelection of(ModelDocument document, List<String> names) {
        List<LayerElement> elements = new ArrayList<>(names.size());
        for (String name : names) {
            elements.add(new LayerElement(document, name));
        }
        return new StructuredSelection(elements);
    }

    /** The names of the layers in a selection, in selection order. */
    public static List<String> names(Object selection) {
        List<String> names = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                if (element instanceof LayerElement layer) {
                    names.add(layer.name());
                }
            }
        }
        return names;
    }
}
