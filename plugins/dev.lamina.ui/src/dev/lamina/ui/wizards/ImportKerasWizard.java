// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;

import dev.lamina.core.keras.KerasImport;
import dev.lamina.ui.editor.ModelEditor;
import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.internal.Statuses;

/** File › Import › Lamina › Keras model JSON: {@code model.to_json()} output as a new {@code .lamina} model. */
public class ImportKerasWizard extends LaminaWizard implements IImportWizard {

    private ImportKerasPage page;

    public ImportKerasWizard() {
        super(Messages.ImportKeras_title);
    }

    @Override
    public void addPages() {
        page = new ImportKerasPage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        KerasImport imported = page.imported();
        IContainer container = page.container();
        if (imported == null || container == null) {
            return false;
        }
        IFile file = container.getFile(IPath.fromOSString(page.fileName()));
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor)
                        throws CoreException, InvocationTargetException {
                    try {
                        Path target = file.getLocation().toPath();
                        Files.createDirectories(target.getParent());
                        imported.save(target);
                        file.refreshLocal(IResource.DEPTH_ZERO, monitor);
                    } catch (java.io.IOException e) {
                        throw new InvocationTargetException(e);
                    }
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), Messages.ImportKeras_failed, null,
                    Statuses.of(cause));
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        reveal(file);
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            try {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, ModelEditor.ID, true);
            } catch (PartInitException e) {
                ErrorDialog.openError(getShell(), Messages.ImportKeras_failed, null, e.getStatus());
            }
        }
        return true;
    }

    static IContainer workspaceContainer(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(path.strip()));
        return resource instanceof IContainer container && resource.getType() != IResource.ROOT ? container : null;
    }
}
