// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.palette;

import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import dev.lamina.core.diagram.LayerCategory;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.ui.internal.Messages;

/**
 * The layer palette, grouped as Keras groups layers (Input, Convolution, Pooling, Core,
 * Regularization). Drag an entry onto the diagram to insert it where it is dropped; double-click it
 * (or press Enter) to add it after the selected layer.
 */
public final class Palette extends Composite {

    private final Tree tree;
    private final LocalResourceManager resources;

    /** @param onAdd called with the kind the user double-clicked or pressed Enter on */
    public Palette(Composite parent, Consumer<LayerKind> onAdd) {
        super(parent, SWT.NONE);
        resources = new LocalResourceManager(JFaceResources.getResources(), this);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        setLayout(layout);
        Label title = new Label(this, SWT.NONE);
        title.setText(Messages.Palette_title);
        title.setFont(resources.create(FontDescriptor.createFrom(title.getFont()).setStyle(SWT.BOLD)));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        tree = new Tree(this, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Font bold = resources.create(FontDescriptor.createFrom(tree.getFont()).setStyle(SWT.BOLD));
        for (LayerCategory category : LayerCategory.values()) {
            TreeItem group = new TreeItem(tree, SWT.NONE);
            group.setText(category.label());
            group.setFont(bold);
            group.setData(category);
            for (LayerKind kind : category.kinds()) {
                TreeItem item = new TreeItem(group, SWT.NONE);
                item.setText(kind.kerasName());
                item.setImage(resources.create(LayerIcons.of(kind)));
                item.setData(kind);
            }
            group.setExpanded(true);
        }
        tree.setToolTipText(Messages.Palette_tooltip);
        tree.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof LayerKind kind) {
                onAdd.accept(kind);
            }
        });

        DragSource source = new DragSource(tree, DND.DROP_COPY);
        source.setTransfer(new Transfer[] {LayerKindTransfer.getInstance()});
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = selectedKind() != null;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = selectedKind();
            }
        });
    }

    /** The kind selected in the palette, or {@code null}. */
    public LayerKind selectedKind() {
        TreeItem[] selected = tree.getSelection();
        return selected.length == 1 && selected[0].getData() instanceof LayerKind kind ? kind : null;
    }

    /** The palette's tree (for tests and for the focus). */
    public Tree tree() {
        return tree;
    }

    /** The item of a kind. */
    public TreeItem item(LayerKind kind) {
        for (TreeItem group : tree.getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getData() == kind) {
                    return item;
                }
            }
        }
        return null;
    }

    @Override
    public boolean setFocus() {
        return tree.setFocus();
    }
}
