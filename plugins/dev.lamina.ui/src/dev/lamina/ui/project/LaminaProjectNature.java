// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.project;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;

/** Marks a workspace project as a Lamina project; builders will hang off it later. */
public class LaminaProjectNature implements IProjectNature {

    public static final String ID = "dev.lamina.ui.laminaNature";

    private IProject project;

    @Override
    public void configure() {
        // no builders yet
    }

    @Override
    public void deconfigure() {
        // no builders yet
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
