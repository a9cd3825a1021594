// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.predict;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.lamina.ui.activations.RunSelection;

/** Lamina › Predict: the Predict view with the selected run folder's model, else the Run view's run's. */
public final class PredictHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        Path run = RunSelection.runFolder(HandlerUtil.getCurrentSelection(event));
        if (run == null) {
            run = RunSelection.runViewFolder(page);
        }
        try {
            PredictView view = (PredictView) page.showView(PredictView.ID);
            if (run != null) {
                view.setRun(run);
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
