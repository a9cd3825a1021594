// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.project.LaminaProjectLayout;

/** The zip archive, the project folder, and the new folder's name (the archive's name unless typed). */
final class ImportDatasetPage extends WizardPage {

    private final IStructuredSelection selection;
    private Text archive;
    private Text folder;
    private Text name;

    ImportDatasetPage(IStructuredSelection selection) {
        super("importDataset");
        this.selection = selection;
        setTitle(Messages.ImportDataset_pageTitle);
        setDescription(Messages.ImportDataset_pageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));

        new Label(body, SWT.NONE).setText(Messages.ImportDataset_archive);
        archive = new Text(body, SWT.BORDER);
        archive.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.ImportDataset_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.zip", "*"});
            String chosen = dialog.open();
            if (chosen != null) {
                archive.setText(chosen);
            }
        });

        new Label(body, SWT.NONE).setText(Messages.ImportDataset_folder);
        folder = new Text(body, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folder.setText(initialFolder());
        Button browseFolder = new Button(body, SWT.PUSH);
        browseFolder.setText(Messages.ImportDataset_browseFolder);
        browseFolder.addListener(SWT.Selection, e -> {
            ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(),
                    ImportKerasWizard.workspaceContainer(folder.getText()), false, Messages.ImportDataset_chooseFolder);
            if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length == 1) {
                folder.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
            }
        });

        new Label(body, SWT.NONE).setText(Messages.ImportDataset_name);
        name = new Text(body, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        archive.addListener(SWT.Modify, e -> {
            Path file = Path.of(archive.getText().strip()).getFileName();
            if (file != null) {
                name.setText(file.toString().replaceFirst("(?i)\\.zip$", ""));
            }
            validate();
        });
        folder.addListener(SWT.Modify, e -> validate());
        name.addListener(SWT.Modify, e -> validate());
        setControl(body);
        archive.setFocus();
    }

    /** The selected project's data/ folder, else the first open Lamina project's. */
    private String initialFolder() {
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof IResource resource) {
            IContainer container = resource instanceof IContainer c ? c : resource.getParent();
            if (container instanceof IProject project && project.getFolder(LaminaProjectLayout.DATA).exists()) {
                container = project.getFolder(LaminaProjectLayout.DATA);
            }
            return container.getFullPath().makeRelative().toString();
        }
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            IFolder data = project.getFolder(LaminaProjectLayout.DATA);
            if (project.isOpen() && data.exists()) {
                return data.getFullPath().makeRelative().toString();
            }
        }
        return "";
    }

    private void validate() {
        String path = archive.getText().strip();
        String error = null;
        if (path.isEmpty()) {
            error = Messages.ImportDataset_noArchive;
        } else if (!Files.isRegularFile(Path.of(path))) {
            error = NLS.bind(Messages.ImportDataset_noSuchFile, path);
        } else if (container() == null) {
            error = Messages.ImportDataset_noFolder;
        } else if (folderName().isEmpty() || folderName().contains("/")) {
            error = Messages.ImportDataset_badName;
        } else if (container().getFolder(IPath.fromOSString(folderName())).exists()) {
            error = NLS.bind(Messages.ImportDataset_exists, folderName());
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    Path archive() {
        String path = archive.getText().strip();
        return path.isEmpty() ? null : Path.of(path);
    }

    IContainer container() {
        return ImportKerasWizard.workspaceContainer(folder.getText());
    }

    String folderName() {
        return name.getText().strip();
    }
}
