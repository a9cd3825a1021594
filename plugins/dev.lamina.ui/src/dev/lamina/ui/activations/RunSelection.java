// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;

import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.runs.RunView;

/** Which run a view that shows a trained model follows: the selected run folder, else the Run view's run. */
public final class RunSelection {

    private RunSelection() {
    }

    /** The run folder a selection names (a run folder or a file in one, from any view), or {@code null}. */
    public static Path runFolder(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
            return null;
        }
        IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
        if (resource == null || resource.getLocation() == null) {
            return null;
        }
        Path path = resource.getLocation().toFile().toPath();
        if (!(resource instanceof IContainer)) {
            path = path.getParent();
        }
        return path != null && RunLayout.isRunFolder(path) ? path : null;
    }

    /** The past run the Run view shows, or {@code null}. */
    public static Path runViewFolder(IWorkbenchPage page) {
        IViewPart part = page.findView(RunView.ID);
        return part instanceof RunView view ? view.shownFolder() : null;
    }

    /** The run folder selected in the page now, else the Run view's; {@code null} for none. */
    public static Path current(IWorkbenchPage page) {
        Path selected = runFolder(page.getSelection());
        return selected != null ? selected : runViewFolder(page);
    }
}
