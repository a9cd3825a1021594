// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Lamina › Show Activations: the Activations view on the selected run folder, else on the Run view's run. */
public final class ShowActivationsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        Path run = RunSelection.runFolder(HandlerUtil.getCurrentSelection(event));
        if (run == null) {
            run = RunSelection.runViewFolder(page);
        }
        try {
            ActivationsView view = (ActivationsView) page.showView(ActivationsView.ID);
            if (run != null) {
                view.setRun(run);
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
