// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** <em>Open Dataset</em>: opens the selected folder in the dataset editor, whatever it holds. */
public final class OpenDatasetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IContainer folder = folderOf(HandlerUtil.getCurrentSelection(event));
        if (window == null) {
            return null;
        }
        if (folder == null) {
            MessageDialog.openInformation(window.getShell(), Messages.Edit_errorTitle, Messages.Open_notADataset);
            return null;
        }
        open(window.getActivePage(), folder);
        return null;
    }

    /** The one folder of a selection, or {@code null}. */
    static IContainer folderOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            return Adapters.adapt(structured.getFirstElement(), IFolder.class);
        }
        return null;
    }

    /** Opens (or brings to the front) the dataset editor of a folder. */
    public static DatasetEditor open(IWorkbenchPage page, IContainer folder) {
        try {
            return (DatasetEditor) page.openEditor(new DatasetEditorInput(folder), DatasetEditor.ID, true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), folder.getName(), e.getMessage());
            return null;
        }
    }
}
