// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.outline;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.lamina.core.diagram.LayerText;
import dev.lamina.core.shape.Problem;
import dev.lamina.core.shape.Severity;
import dev.lamina.ui.editor.LayerElement;
import dev.lamina.ui.editor.LayerSelection;
import dev.lamina.ui.editor.ModelDocument;
import dev.lamina.ui.editor.palette.LayerIcons;

/** The Outline view of a model: its layers in order with their output shapes, selection synced with the editor. */
public final class ModelOutlinePage extends ContentOutlinePage {

    private final ModelDocument document;
    private final Consumer<List<String>> onSelect;
    private final Runnable onDispose;
    private boolean settingSelection;
    private LocalResourceManager resources;

    /**
     * @param onSelect called with the layer names the user selects in the outline
     * @param onDispose called when the Outline view lets go of the page
     */
    public ModelOutlinePage(ModelDocument document, Consumer<List<String>> onSelect, Runnable onDispose) {
        this.document = document;
        this.onSelect = onSelect;
        this.onDispose = onDispose;
    }

    @Override
    public void dispose() {
        onDispose.run();
        super.dispose();
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getControl());
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((ModelDocument) input).model().layers().stream()
                        .map(layer -> new LayerElement(document, layer.name())).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return false;
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                LayerElement layer = (LayerElement) element;
                return layer.result().map(r -> r.layer().label() + "  →  " + LayerText.shape(r.output()))
                        .orElse(layer.name());
            }

            @Override
            public Image getImage(Object element) {
                LayerElement layer = (LayerElement) element;
                Severity worst = worst(layer.name());
                if (worst != null) {
                    return PlatformUI.getWorkbench().getSharedImages().getImage(
                            worst == Severity.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
                }
                return layer.layer().map(l -> resources.create(LayerIcons.of(l.kind()))).orElse(null);
            }
        });
        viewer.setInput(document);
        viewer.addSelectionChangedListener(event -> {
            if (!settingSelection) {
                onSelect.accept(LayerSelection.names(event.getSelection()));
            }
        });
    }

    private Severity worst(String name) {
        Severity worst = null;
        for (Problem problem : document.analysis().problems()) {
            if (name.equals(problem.layerName()) && worst != Severity.ERROR) {
                worst = problem.severity();
            }
        }
        return worst;
    }

    /** Shows the model as it is now. */
    public void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }

    /** Selects layers without telling the editor back. */
    public void select(List<String> names) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        settingSelection = true;
        try {
            viewer.setSelection(LayerSelection.of(document, names), true);
        } finally {
            settingSelection = false;
        }
    }
}
