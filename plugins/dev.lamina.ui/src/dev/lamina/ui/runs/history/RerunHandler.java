// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

/** Re-run with the Same Settings: trains the selected run's {@code run.json} again as a new run beside it. */
public final class RerunHandler extends RunsHandler {

    @Override
    void execute(IWorkbenchPage page, Shell shell, List<IFolder> runs) throws Exception {
        RunLauncher.rerun(page, runs.get(0));
    }
}
