// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.lamina.core.layer.LayerKind;
import dev.lamina.ui.editor.diagram.DiagramExport;
import dev.lamina.ui.editor.palette.LayerIcons;
import dev.lamina.ui.internal.Messages;

/**
 * The model editor's commands, one handler class for all: which command it serves comes from
 * plugin.xml ({@code class="…ModelEditorHandler:zoomIn"}).
 */
public class ModelEditorHandler extends AbstractHandler implements IExecutableExtension {

    private String action = "";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        action = data instanceof String text ? text : "";
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof ModelEditor editor)) {
            return null;
        }
        switch (action) {
            case "zoomIn" -> editor.canvas().zoomIn();
            case "zoomOut" -> editor.canvas().zoomOut();
            case "zoomFit" -> editor.canvas().zoomToFit();
            case "zoomActual" -> editor.canvas().setZoom(1, null);
            case "moveUp" -> editor.moveSelection(-1);
            case "moveDown" -> editor.moveSelection(1);
            case "insertLayer" -> insertLayer(editor, HandlerUtil.getActiveShell(event));
            case "exportDiagram" -> exportDiagram(editor, HandlerUtil.getActiveShell(event));
            default -> throw new IllegalStateException("unknown model editor command " + action);
        }
        return null;
    }

    private static void insertLayer(ModelEditor editor, Shell shell) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
        try {
            ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((LayerKind) element).kerasName();
                }

                @Override
                public Image getImage(Object element) {
                    return resources.create(LayerIcons.of((LayerKind) element));
                }
            });
            dialog.setTitle(Messages.InsertLayer_title);
            dialog.setMessage(Messages.InsertLayer_message);
            dialog.setMultipleSelection(false);
            dialog.setElements(Arrays.stream(LayerKind.values()).toArray());
            if (dialog.open() == ElementListSelectionDialog.OK && dialog.getFirstResult() instanceof LayerKind kind) {
                editor.addLayer(kind, -1);
            }
        } finally {
            resources.dispose();
        }
    }

    private static void exportDiagram(ModelEditor editor, Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg"});
        dialog.setFilterNames(new String[] {Messages.Export_png, Messages.Export_svg});
        dialog.setOverwrite(true);
        Path model = EditorInputs.path(editor.getEditorInput());
        String base = String.valueOf(model.getFileName()).replaceFirst("\\.lamina$", "");
        dialog.setFilterPath(String.valueOf(model.getParent()));
        dialog.setFileName(base + ".png");
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (!chosen.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|svg)$")) {
            file = Path.of(chosen + (dialog.getFilterIndex() == 1 ? ".svg" : ".png"));
        }
        export(editor, file);
    }

    /** Writes the editor's diagram to a file and refreshes the workspace folder it lands in. */
    public static void export(ModelEditor editor, Path file) {
        try {
            DiagramExport.write(editor.getSite().getShell().getDisplay(), editor.document().diagram(), file);
            for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
                    .findContainersForLocationURI(file.toAbsolutePath().getParent().toUri())) {
                container.refreshLocal(IResource.DEPTH_ONE, null);
            }
            editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(
                    NLS.bind(Messages.Export_done, file));
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(editor.getSite().getShell(), Messages.Export_title, null,
                    Status.error(NLS.bind(Messages.Export_failed, file, e.getMessage()), e));
        }
    }
}
