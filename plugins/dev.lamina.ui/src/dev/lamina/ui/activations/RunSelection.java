// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;

import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.runs.RunView;
import dev.lamina.ui.runs.TrainingJob;

/**
 * Which run a view that shows a trained model follows: the selected run folder, else the Run view's run, and a run
 * trained in the workbench once it ends.
 */
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

    /**
     * Calls {@code follow} on the UI thread with the folder of each run trained in the workbench when it ends, while
     * {@code control} lives (as the Run view follows the run it trained).
     */
    public static void followTraining(Control control, Consumer<Path> follow) {
        IJobChangeListener listener = new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getJob() instanceof TrainingJob job && job.folder() != null && !control.isDisposed()) {
                    control.getDisplay().asyncExec(() -> {
                        if (!control.isDisposed()) {
                            follow.accept(job.folder());
                        }
                    });
                }
            }
        };
        Job.getJobManager().addJobChangeListener(listener);
        control.addDisposeListener(e -> Job.getJobManager().removeJobChangeListener(listener));
    }

    /** The run folder selected in the page now, else the Run view's; {@code null} for none. */
    public static Path current(IWorkbenchPage page) {
        Path selected = runFolder(page.getSelection());
        return selected != null ? selected : runViewFolder(page);
    }
}
