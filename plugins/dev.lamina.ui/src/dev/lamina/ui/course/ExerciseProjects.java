// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.course;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import dev.lamina.ui.editor.ModelEditor;
import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.internal.Statuses;

/** Creates an exercise project with progress, then shows it: the README beside the model, the model in front. */
public final class ExerciseProjects {

    private ExerciseProjects() {
    }

    /** Creates {@code exercise} as a project with the first free name, and opens it. */
    public static IProject create(IWorkbenchWindow window, CourseExercise exercise) {
        String name = CreateExerciseProjectOperation.freeProjectName(ResourcesPlugin.getWorkspace().getRoot(),
                exercise.id());
        return create(window, window, exercise, ResourcesPlugin.getWorkspace().getRoot().getProject(name));
    }

    /**
     * Creates {@code exercise} as {@code project} under {@code context}'s progress, and opens it in {@code window}.
     *
     * @return the project, or {@code null} when it could not be created (the user was told why) or was cancelled
     */
    public static IProject create(IWorkbenchWindow window, IRunnableContext context, CourseExercise exercise,
            IProject project) {
        CreateExerciseProjectOperation operation = new CreateExerciseProjectOperation(exercise, project);
        try {
            context.run(true, true, operation);
        } catch (InterruptedException e) {
            return null;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            IStatus status = Statuses.of(cause);
            ErrorDialog.openError(window.getShell(), Messages.Exercise_failed, null, status);
            return null;
        }
        open(window, operation.readme(), operation.model());
        return project;
    }

    private static void open(IWorkbenchWindow window, IFile readme, IFile model) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        BasicNewResourceWizard.selectAndReveal(model.getProject(), window);
        try {
            if (readme.exists()) {
                page.openEditor(new FileEditorInput(readme), EditorsUI.DEFAULT_TEXT_EDITOR_ID, false);
            }
            IDE.openEditor(page, model, ModelEditor.ID, true);
        } catch (PartInitException e) {
            ErrorDialog.openError(window.getShell(), Messages.Exercise_failed, null, e.getStatus());
        }
    }
}
