// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.palette;

import org.eclipse.jface.resource.ImageDescriptor;

import dev.lamina.core.layer.LayerKind;

/** The 16×16 icons of the layer kinds, drawn in their category colours ({@code icons/layers/}). */
public final class LayerIcons {

    private LayerIcons() {
    }

    public static ImageDescriptor of(LayerKind kind) {
        return ImageDescriptor.createFromURL(LayerIcons.class.getResource("/icons/layers/" + kind.namePrefix() + ".png"));
    }
}
