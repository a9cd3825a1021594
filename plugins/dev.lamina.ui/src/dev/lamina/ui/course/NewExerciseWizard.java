// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.course;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.INewWizard;

import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.wizards.LaminaWizard;

/** File › New › Lamina › Course Exercise: one of the course's exercises as a new project. */
public class NewExerciseWizard extends LaminaWizard implements INewWizard {

    private NewExercisePage page;

    public NewExerciseWizard() {
        super(Messages.ExerciseWizard_title);
    }

    @Override
    public void addPages() {
        page = new NewExercisePage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(page.projectName());
        return ExerciseProjects.create(workbench.getActiveWorkbenchWindow(), getContainer(), page.exercise(),
                project) != null;
    }
}
