// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.ui.perspective.LaminaPerspective;
import dev.lamina.ui.project.LaminaProjectNature;

/** File &gt; New &gt; Lamina Project, driven with real keyboard and mouse events. */
@ExtendWith(FailOnLoggedErrors.class)
class NewLaminaProjectWizardTest {

    private static final String PROJECT = "digits";

    @BeforeAll
    static void showTheLaminaPerspectiveFullSize() {
        Editors.showLaminaPerspective();
    }

    @Test
    void theWizardCreatesALaminaProjectWithItsFolders() throws CoreException, java.io.IOException {
        assertEquals(LaminaPerspective.ID, Ui.sync(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().getPerspective().getId()));

        openNewWizard("dev.lamina.ui.wizards.newProject");
        Shell wizard = Ui.waitForShell("New Lamina Project");
        Text name = Ui.find(wizard, Text.class, t -> t.isFocusControl());
        assertTrue(name != null, "the project name field has the focus");
        Ui.type(PROJECT);
        assertEquals(PROJECT, Ui.sync(name::getText));

        Button finish = Ui.button(wizard, "Finish");
        Ui.waitUntil("Finish to be enabled", () -> Ui.sync(finish::isEnabled));
        Ui.screenshot(wizard, "new-lamina-project-wizard");
        Ui.click(finish);
        Ui.waitUntil("the wizard to close", () -> Ui.sync(wizard::isDisposed));

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        assertTrue(project.isOpen());
        assertTrue(project.hasNature(LaminaProjectNature.ID));
        Path onDisk = Path.of(project.getLocationURI());
        for (String folder : new String[] { "models", "data", "runs" }) {
            assertTrue(Files.isDirectory(onDisk.resolve(folder)), folder + " exists on disk under " + onDisk);
        }
        assertTrue(Files.readString(onDisk.resolve(".project")).contains(LaminaProjectNature.ID));

        Ui.run(() -> {
            CommonNavigator explorer = (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                    .getActivePage().findView("org.eclipse.ui.navigator.ProjectExplorer");
            explorer.getCommonViewer().expandToLevel(project, 1);
            explorer.selectReveal(new org.eclipse.jface.viewers.StructuredSelection(project.getFolder("models")));
        });
        Ui.flush();
        Ui.screenshot(Ui.sync(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()),
                "workbench-with-lamina-project");
    }

    static void openNewWizard(String wizardId) {
        Ui.display().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            ICommandService commands = window.getService(ICommandService.class);
            IHandlerService handlers = window.getService(IHandlerService.class);
            try {
                ParameterizedCommand command = ParameterizedCommand.generateCommand(
                        commands.getCommand("org.eclipse.ui.newWizard"), Map.of("newWizardId", wizardId));
                handlers.executeCommand(command, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
