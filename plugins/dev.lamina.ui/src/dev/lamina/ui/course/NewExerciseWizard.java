// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.course;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import dev.lamina.ui.internal.Messages;

/** File › New › Lamina › Course Exercise: one of the course's exercises as a new project. */
public class NewExerciseWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private NewExercisePage page;

    public NewExerciseWizard() {
        setWindowTitle(Messages.ExerciseWizard_title);
        setNeedsProgressMonitor(true);
        setDefaultPageImageDescriptor(ImageDescriptor.createFromURL(
                NewExerciseWizard.class.getResource("/icons/newproject_wiz.png")));
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
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
