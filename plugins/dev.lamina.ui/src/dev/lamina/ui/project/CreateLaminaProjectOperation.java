// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.project;

import java.net.URI;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

import dev.lamina.ui.internal.Messages;

/** Creates and opens a project with the Lamina nature and the standard folders, as one workspace change. */
public class CreateLaminaProjectOperation extends WorkspaceModifyOperation {

    private final IProject project;
    private final URI location;

    /**
     * @param project  the (not yet existing) project handle
     * @param location where on disk, or {@code null} for the default place in the workspace
     */
    public CreateLaminaProjectOperation(IProject project, URI location) {
        super(project.getWorkspace().getRoot());
        this.project = project;
        this.location = location;
    }

    @Override
    protected void execute(IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.CreateProject_task, 2 + LaminaProjectLayout.FOLDERS.size());
        create(project, location, LaminaProjectLayout.FOLDERS, progress);
    }

    /**
     * Creates and opens {@code project} with the Lamina nature and the given top-level folders.
     *
     * @param location where on disk, or {@code null} for the default place in the workspace
     * @param progress 2 units of work plus one per folder
     */
    public static void create(IProject project, URI location, List<String> folders, SubMonitor progress)
            throws CoreException {
        IWorkspace workspace = project.getWorkspace();
        IProjectDescription description = workspace.newProjectDescription(project.getName());
        description.setLocationURI(location);
        description.setNatureIds(new String[] { LaminaProjectNature.ID });
        // IProject.create does not configure the natures it is given: the nature's builder goes in here
        org.eclipse.core.resources.ICommand validator = description.newCommand();
        validator.setBuilderName(LaminaValidator.ID);
        description.setBuildSpec(new org.eclipse.core.resources.ICommand[] { validator });
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        for (String name : folders) {
            IFolder folder = project.getFolder(name);
            if (!folder.exists()) {
                folder.create(true, true, progress.split(1));
            }
        }
    }
}
