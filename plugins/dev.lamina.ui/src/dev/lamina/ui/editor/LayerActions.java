// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.lamina.core.keras.KerasJson;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.model.LaminaFormat;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.ui.editor.operations.DeleteLayersOperation;
import dev.lamina.ui.editor.operations.InsertLayersOperation;
import dev.lamina.ui.editor.source.SourcePage;
import dev.lamina.ui.internal.Messages;

/**
 * Cut, Copy, Paste, Delete and Select All on the diagram's layers. Layers travel on the clipboard
 * as {@code .lamina} text (so they can be pasted into another model or a text editor); Keras model
 * JSON can be pasted too.
 */
final class LayerActions {

    static final List<String> IDS = List.of(ActionFactory.CUT.getId(), ActionFactory.COPY.getId(),
            ActionFactory.PASTE.getId(), ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId());
    private static final Map<String, Integer> TEXT_OPERATIONS = Map.of(ActionFactory.CUT.getId(),
            ITextOperationTarget.CUT, ActionFactory.COPY.getId(), ITextOperationTarget.COPY,
            ActionFactory.PASTE.getId(), ITextOperationTarget.PASTE, ActionFactory.DELETE.getId(),
            ITextOperationTarget.DELETE, ActionFactory.SELECT_ALL.getId(), ITextOperationTarget.SELECT_ALL);

    private final ModelEditor editor;
    private final Action cut;
    private final Action copy;
    private final Action paste;
    private final Action delete;
    private final Action selectAll;

    LayerActions(ModelEditor editor) {
        this.editor = editor;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        cut = action(Messages.Action_cut, images, ISharedImages.IMG_TOOL_CUT, () -> {
            copy();
            deleteSelection(Messages.Operation_cut);
        });
        copy = action(Messages.Action_copy, images, ISharedImages.IMG_TOOL_COPY, this::copy);
        paste = action(Messages.Action_paste, images, ISharedImages.IMG_TOOL_PASTE, this::paste);
        delete = action(Messages.Action_delete, images, ISharedImages.IMG_TOOL_DELETE,
                () -> deleteSelection(Messages.Operation_delete));
        selectAll = action(Messages.Action_selectAll, images, null, () -> editor.selectLayers(
                List.copyOf(editor.document().model().layerNames())));
        update();
    }

    private static Action action(String text, ISharedImages images, String image, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        if (image != null) {
            action.setImageDescriptor(images.getImageDescriptor(image));
        }
        return action;
    }

    IAction action(String id) {
        return switch (id) {
            case "cut" -> cut;
            case "copy" -> copy;
            case "paste" -> paste;
            case "delete" -> delete;
            case "selectAll" -> selectAll;
            default -> null;
        };
    }

    /** The action for a global action id on the Source page: the text widget's own operation. */
    IAction textAction(String id, SourcePage source) {
        int operation = TEXT_OPERATIONS.get(id);
        Action action = new Action() {
            @Override
            public void run() {
                source.doOperation(operation);
            }
        };
        action.setEnabled(true);
        return action;
    }

    /** Enables the actions that need a selection. */
    void update() {
        boolean selected = !editor.selectedLayers().isEmpty();
        cut.setEnabled(selected);
        copy.setEnabled(selected);
        delete.setEnabled(selected);
        selectAll.setEnabled(editor.document().model().size() > 0);
    }

    private void deleteSelection(String label) {
        List<String> selected = editor.selectedLayers();
        if (!selected.isEmpty()) {
            String what = selected.size() == 1 ? selected.getFirst()
                    : NLS.bind(Messages.Operation_layerCount, selected.size());
            editor.execute(new DeleteLayersOperation(NLS.bind(label, what), editor, selected));
        }
    }

    private void copy() {
        Model model = editor.document().model();
        List<Layer> layers = new ArrayList<>();
        for (String name : editor.selectedLayers()) {
            model.find(name).ifPresent(layers::add);
        }
        if (layers.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(editor.getSite().getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] {LaminaFormat.write(new Model(model.name(), layers))},
                    new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    private void paste() {
        Clipboard clipboard = new Clipboard(editor.getSite().getShell().getDisplay());
        String text;
        try {
            text = (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
        List<Layer> layers = text == null ? List.of() : layersIn(text);
        if (layers.isEmpty()) {
            editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Action_nothingToPaste);
            return;
        }
        Model model = editor.document().model();
        List<String> selected = editor.selectedLayers();
        int at = selected.isEmpty() ? model.size() : model.indexOf(selected.getLast()) + 1;
        String what = layers.size() == 1 ? layers.getFirst().name()
                : NLS.bind(Messages.Operation_layerCount, layers.size());
        editor.execute(new InsertLayersOperation(NLS.bind(Messages.Operation_paste, what), editor, at, layers));
    }

    /** The layers of {@code .lamina} or Keras JSON text, or none. */
    static List<Layer> layersIn(String text) {
        try {
            return LaminaFormat.read(text, null).layers();
        } catch (ModelLoadException e) {
            try {
                return KerasJson.read(text, null).model().layers();
            } catch (ModelLoadException | RuntimeException notKeras) {
                return List.of();
            }
        }
    }
}
