// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.exercises;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Lamina › Check My Solution: the Exercises view, checking the selected resource's project. */
public final class CheckExerciseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IProject project = null;
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
            project = resource == null ? null : resource.getProject();
        }
        try {
            ExercisesView view = (ExercisesView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(ExercisesView.ID);
            if (project != null && ExerciseLocations.isExercise(project)) {
                view.check(project);
            } else if (project != null) {
                MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Exercises_check,
                        Messages.Exercises_noExercise);
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
