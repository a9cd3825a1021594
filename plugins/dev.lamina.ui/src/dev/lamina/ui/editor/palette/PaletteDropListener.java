// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.palette;

import java.util.function.BiConsumer;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.graphics.Point;

import dev.lamina.core.layer.LayerKind;
import dev.lamina.ui.editor.diagram.DiagramCanvas;

/** Accepts palette entries dropped on a diagram: shows where they would go, and inserts them there. */
public final class PaletteDropListener extends DropTargetAdapter {

    private final DiagramCanvas canvas;
    private final BiConsumer<LayerKind, Integer> onDrop;

    /** @param onDrop called with the dropped kind and the index it goes to */
    public PaletteDropListener(DiagramCanvas canvas, BiConsumer<LayerKind, Integer> onDrop) {
        this.canvas = canvas;
        this.onDrop = onDrop;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        event.detail = DND.DROP_COPY;
        dragOver(event);
    }

    @Override
    public void dragOver(DropTargetEvent event) {
        event.detail = DND.DROP_COPY;
        event.feedback = DND.FEEDBACK_SCROLL;
        canvas.showInsertion(index(event));
    }

    @Override
    public void dragLeave(DropTargetEvent event) {
        canvas.showInsertion(-1);
    }

    @Override
    public void drop(DropTargetEvent event) {
        int index = index(event);
        canvas.showInsertion(-1);
        if (event.data instanceof LayerKind kind) {
            onDrop.accept(kind, index);
        }
    }

    private int index(DropTargetEvent event) {
        Point at = canvas.toControl(event.x, event.y);
        return canvas.insertionIndexAt(at.x, at.y);
    }
}
