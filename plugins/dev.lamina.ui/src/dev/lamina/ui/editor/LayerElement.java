// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import java.util.Optional;

import dev.lamina.core.layer.Layer;
import dev.lamina.core.shape.LayerResult;

/**
 * A layer of an open model, by name (unique within the model), as selections carry it. Equal
 * elements name the same layer of the same document.
 */
public record LayerElement(ModelDocument document, String name) {

    /** The layer now, if it still exists. */
    public Optional<Layer> layer() {
        return document.model().find(name);
    }

    /** What inference found for the layer now, if it still exists. */
    public Optional<LayerResult> result() {
        int index = document.model().indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(document.analysis().layer(index));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayerElement e && e.document == document && e.name.equals(name);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(document) * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
