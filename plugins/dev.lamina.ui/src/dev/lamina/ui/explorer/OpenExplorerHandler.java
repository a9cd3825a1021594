// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.explorer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Lamina › Convolution Explorer: on the selected image file, else on the course's photo. */
public final class OpenExplorerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        ExplorerInput input = ExplorerInput.coursePhoto();
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && selection.size() == 1) {
            IFile file = Adapters.adapt(selection.getFirstElement(), IFile.class);
            if (file != null && file.getLocation() != null && isImage(file.getName())) {
                input = ExplorerInput.of(file.getLocation().toPath());
            }
        }
        try {
            page.openEditor(input, ConvolutionExplorer.ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }

    static boolean isImage(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".bmp")
                || lower.endsWith(".gif");
    }
}
