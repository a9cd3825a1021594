// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.project;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** Marks a workspace project as a Lamina project; its builder, {@link LaminaValidator}, marks its models' problems. */
public class LaminaProjectNature implements IProjectNature {

    public static final String ID = "dev.lamina.ui.laminaNature";

    private IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        if (Arrays.stream(commands).anyMatch(c -> LaminaValidator.ID.equals(c.getBuilderName()))) {
            return;
        }
        ICommand validator = description.newCommand();
        validator.setBuilderName(LaminaValidator.ID);
        ICommand[] more = Arrays.copyOf(commands, commands.length + 1);
        more[commands.length] = validator;
        description.setBuildSpec(more);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !LaminaValidator.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
