// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A command of the Runs view's context menu, acting on the run folders selected in it (plugin.xml says when it is
 * enabled). What fails is shown in an error dialog titled with the command's name, as the view's menu always did.
 */
abstract class RunsHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFolder> folders = new ArrayList<>();
        for (Object element : HandlerUtil.getCurrentStructuredSelection(event).toList()) {
            if (element instanceof IFolder folder && folder.getLocation() != null) {
                folders.add(folder);
            }
        }
        if (folders.isEmpty()) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            execute(page, shell, folders);
        } catch (Exception e) {
            String title;
            try {
                title = event.getCommand().getName();
            } catch (org.eclipse.core.commands.common.NotDefinedException undefined) {
                title = event.getCommand().getId();
            }
            ErrorDialog.openError(shell, title, null,
                    Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e));
        }
        return null;
    }

    /** Acts on the selected run folders (one or more). */
    abstract void execute(IWorkbenchPage page, Shell shell, List<IFolder> runs) throws Exception;
}
