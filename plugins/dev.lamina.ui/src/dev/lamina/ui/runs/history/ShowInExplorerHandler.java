// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ISetSelectionTarget;

/** Show in Project Explorer: selects and reveals the selected run folders there. */
public final class ShowInExplorerHandler extends RunsHandler {

    @Override
    void execute(IWorkbenchPage page, Shell shell, List<IFolder> runs) throws Exception {
        if (page.showView(IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget target) {
            target.selectReveal(new StructuredSelection(runs));
        }
    }
}
