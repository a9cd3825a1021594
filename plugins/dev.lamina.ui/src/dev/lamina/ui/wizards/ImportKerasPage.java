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

import dev.lamina.core.keras.KerasImport;
import dev.lamina.core.keras.KerasJson;
import dev.lamina.core.model.LaminaFormat;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.core.shape.ShapeInference;
import dev.lamina.core.summary.Summary;
import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.project.LaminaProjectLayout;

/** The Keras file, the folder and name of the new model; reads the file as it is chosen and says what it found. */
final class ImportKerasPage extends WizardPage {

    private final IStructuredSelection selection;
    private Text source;
    private Text folder;
    private Text name;
    private Label result;
    private KerasImport imported;

    ImportKerasPage(IStructuredSelection selection) {
        super("importKeras");
        this.selection = selection;
        setTitle(Messages.ImportKeras_pageTitle);
        setDescription(Messages.ImportKeras_pageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));

        new Label(body, SWT.NONE).setText(Messages.ImportKeras_source);
        source = new Text(body, SWT.BORDER);
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.ImportKeras_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.json", "*"});
            String chosen = dialog.open();
            if (chosen != null) {
                source.setText(chosen);
            }
        });

        new Label(body, SWT.NONE).setText(Messages.ImportKeras_folder);
        folder = new Text(body, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folder.setText(initialFolder());
        Button browseFolder = new Button(body, SWT.PUSH);
        browseFolder.setText(Messages.ImportKeras_browse);
        browseFolder.addListener(SWT.Selection, e -> {
            ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(),
                    ImportKerasWizard.workspaceContainer(folder.getText()), false, Messages.ImportKeras_chooseFolder);
            if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length == 1) {
                folder.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
            }
        });

        new Label(body, SWT.NONE).setText(Messages.ImportKeras_name);
        name = new Text(body, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        result = new Label(body, SWT.WRAP);
        GridData resultData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        resultData.widthHint = 450;
        result.setLayoutData(resultData);

        source.addListener(SWT.Modify, e -> {
            String base = Path.of(source.getText().strip()).getFileName() == null ? ""
                    : Path.of(source.getText().strip()).getFileName().toString().replaceFirst("\\.[^.]*$", "");
            if (!base.isEmpty()) {
                name.setText(base + LaminaFormat.EXTENSION);
            }
            validate();
        });
        folder.addListener(SWT.Modify, e -> validate());
        name.addListener(SWT.Modify, e -> validate());
        setControl(body);
        source.setFocus();
    }

    private String initialFolder() {
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof IResource resource) {
            IContainer container = resource instanceof IContainer c ? c : resource.getParent();
            if (container instanceof IProject project && project.getFolder(LaminaProjectLayout.MODELS).exists()) {
                container = project.getFolder(LaminaProjectLayout.MODELS);
            }
            return container.getFullPath().makeRelative().toString();
        }
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            IFolder models = project.getFolder(LaminaProjectLayout.MODELS);
            if (project.isOpen() && models.exists()) {
                return models.getFullPath().makeRelative().toString();
            }
        }
        return "";
    }

    private void validate() {
        imported = null;
        result.setText("");
        String path = source.getText().strip();
        if (path.isEmpty()) {
            fail(Messages.ImportKeras_noSource);
            return;
        }
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            fail(NLS.bind(Messages.ImportKeras_noSuchFile, path));
            return;
        }
        try {
            imported = KerasJson.load(file);
        } catch (ModelLoadException e) {
            fail(e.getMessage());
            return;
        }
        var analysis = ShapeInference.analyze(imported.model());
        StringBuilder found = new StringBuilder(NLS.bind(Messages.ImportKeras_found, imported.model().size(),
                Summary.grouped(analysis.totalParams())));
        for (String note : imported.notes()) {
            found.append('\n').append("• ").append(note);
        }
        result.setText(found.toString());
        result.getParent().layout(true);
        if (container() == null) {
            fail(Messages.ImportKeras_noFolder);
            return;
        }
        String fileName = fileName();
        if (fileName.isEmpty() || !fileName.endsWith(LaminaFormat.EXTENSION)) {
            fail(Messages.ImportKeras_badName);
            return;
        }
        if (container().getFile(IPath.fromOSString(fileName)).exists()) {
            fail(NLS.bind(Messages.ImportKeras_exists, fileName));
            return;
        }
        setErrorMessage(null);
        setPageComplete(true);
    }

    private void fail(String message) {
        setErrorMessage(message);
        setPageComplete(false);
    }

    KerasImport imported() {
        return imported;
    }

    IContainer container() {
        return ImportKerasWizard.workspaceContainer(folder.getText());
    }

    String fileName() {
        return name.getText().strip();
    }
}
