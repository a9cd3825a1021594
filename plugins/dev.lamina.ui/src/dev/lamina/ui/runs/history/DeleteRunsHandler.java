// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.undo.DeleteResourcesOperation;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;

import dev.lamina.run.folder.RunStatus;

/**
 * Edit › Delete (and the Delete key) in the Runs view: deletes the selected run folders after asking, never one
 * that is training, through the operation history so that Edit › Undo restores them.
 */
public final class DeleteRunsHandler extends RunsHandler {

    @Override
    void execute(IWorkbenchPage page, Shell shell, List<IFolder> runs) throws Exception {
        for (IFolder folder : runs) {
            if (running(folder)) {
                MessageDialog.openInformation(shell, Messages.Runs_deleteTitle,
                        NLS.bind(Messages.Runs_deleteRunning, folder.getName()));
                return;
            }
        }
        String question = runs.size() == 1 ? NLS.bind(Messages.Runs_deleteOne, runs.get(0).getName())
                : NLS.bind(Messages.Runs_deleteMany, runs.size());
        if (!MessageDialog.openConfirm(shell, Messages.Runs_deleteTitle, question)) {
            return;
        }
        // through the workspace: every view follows the deletion
        DeleteResourcesOperation operation = new DeleteResourcesOperation(runs.toArray(new IResource[0]),
                Messages.Runs_deleteOperation, false);
        PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(operation, null,
                WorkspaceUndoUtil.getUIInfoAdapter(shell));
    }

    private static boolean running(IFolder folder) {
        try {
            return RunStatus.read(WorkspaceRuns.location(folder)).effectiveState() == RunStatus.State.RUNNING;
        } catch (IOException e) {
            return false; // no status.json: a run recorded before it, never a live one
        }
    }
}
