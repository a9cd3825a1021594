// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.lamina.data.image.ImageFormat;
import dev.lamina.ui.activations.RunSelection;

/**
 * <em>Predict with Run...</em> on the selected images (the Dataset editor's Images page, or image files in the
 * Project Explorer): asks which trained run predicts them, the Predict view's run (else the Run view's) chosen at
 * first, and shows them in the Predict view with that run.
 */
public final class PredictSelectionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getActiveMenuSelection(event);
        List<Path> images = images(selection != null ? selection : HandlerUtil.getCurrentSelection(event));
        if (images.isEmpty()) {
            return null;
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        IViewPart open = page.findView(PredictView.ID);
        Path current = open instanceof PredictView view && view.run() != null ? view.run()
                : RunSelection.runViewFolder(page);
        Path run = RunChooser.choose(window.getShell(), current, images.size());
        if (run == null) {
            return null;
        }
        try {
            ((PredictView) page.showView(PredictView.ID)).predictWith(run, images);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }

    /** The image files of a selection of {@link Path}s or workspace files. */
    static List<Path> images(ISelection selection) {
        List<Path> images = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                Path path = element instanceof Path p ? p : location(Adapters.adapt(element, IResource.class));
                if (path != null && Files.isRegularFile(path)
                        && ImageFormat.hasImageExtension(path.getFileName().toString())) {
                    images.add(path);
                }
            }
        }
        return images;
    }

    private static Path location(IResource resource) {
        return resource == null || resource.getLocation() == null ? null : resource.getLocation().toFile().toPath();
    }
}
