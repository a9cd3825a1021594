// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Lamina › Show Activations and Predict: opens a {@link RunModelView} on the selected run folder, else on the Run
 * view's run. The view's id follows the class name in plugin.xml ({@code ShowRunHandler:VIEW_ID}).
 */
public final class ShowRunHandler extends AbstractHandler implements IExecutableExtension {

    private String viewId;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        viewId = (String) data;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        Path run = RunSelection.runFolder(HandlerUtil.getCurrentSelection(event));
        if (run == null) {
            run = RunSelection.runViewFolder(page);
        }
        try {
            IViewPart view = page.showView(viewId);
            if (run != null && view instanceof RunModelView shown) {
                shown.setRun(run);
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
