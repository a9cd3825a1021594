// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.project;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.wizards.LaminaWizard;
import dev.lamina.ui.internal.Statuses;

/** File &gt; New &gt; Lamina Project: a name, a location, and the project with its models/, data/, runs/ folders. */
public class NewLaminaProjectWizard extends LaminaWizard implements INewWizard {

    private WizardNewProjectCreationPage mainPage;

    public NewLaminaProjectWizard() {
        super(Messages.NewProjectWizard_title);
    }

    @Override
    public void addPages() {
        mainPage = new WizardNewProjectCreationPage("newLaminaProject");
        mainPage.setTitle(Messages.NewProjectWizard_pageTitle);
        mainPage.setDescription(Messages.NewProjectWizard_pageDescription);
        addPage(mainPage);
    }

    @Override
    public boolean performFinish() {
        IProject project = mainPage.getProjectHandle();
        URI location = mainPage.useDefaults() ? null : mainPage.getLocationURI();
        try {
            getContainer().run(true, true, new CreateLaminaProjectOperation(project, location));
        } catch (InterruptedException e) {
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            IStatus status = Statuses.of(cause);
            ErrorDialog.openError(getShell(), Messages.NewProjectWizard_errorTitle, null, status);
            return false;
        }
        reveal(project);
        return true;
    }
}
