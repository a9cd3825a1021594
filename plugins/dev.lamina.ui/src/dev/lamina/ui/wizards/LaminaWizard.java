// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.wizards;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * What Lamina's wizards share: their title and banner, a progress monitor for their operation, the workbench and
 * selection they were opened with, and showing what they made in the Project Explorer.
 */
public abstract class LaminaWizard extends Wizard implements IWorkbenchWizard {

    protected IWorkbench workbench;
    protected IStructuredSelection selection;

    protected LaminaWizard(String title) {
        setWindowTitle(title);
        setNeedsProgressMonitor(true);
        setDefaultPageImageDescriptor(ImageDescriptor.createFromURL(
                LaminaWizard.class.getResource("/icons/newproject_wiz.png")));
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
    }

    /** Selects and reveals what the wizard made, in the active window. */
    protected void reveal(IResource resource) {
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            BasicNewResourceWizard.selectAndReveal(resource, workbench.getActiveWorkbenchWindow());
        }
    }
}
