// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

import dev.lamina.run.history.RunSummary;

/** Resume: continues the selected stopped or failed run from its checkpoint. */
public final class ResumeHandler extends RunsHandler {

    @Override
    void execute(IWorkbenchPage page, Shell shell, List<IFolder> runs) throws Exception {
        IFolder run = runs.get(0);
        // the run may have been resumed since the menu was enabled
        if (RunFolderTester.resumable(RunSummary.read(WorkspaceRuns.location(run)))) {
            RunLauncher.resume(page, run);
        }
    }
}
