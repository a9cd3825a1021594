// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import dev.lamina.core.model.LaminaFormat;
import dev.lamina.ui.editor.ModelEditor;
import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.project.LaminaProjectLayout;

/** File › New › Lamina Model: a {@code .lamina} file from a template, opened in the model editor. */
public class NewModelWizard extends BasicNewResourceWizard {

    private Page page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        super.init(workbench, modelsFolderOf(selection));
        setWindowTitle(Messages.NewModel_title);
        setNeedsProgressMonitor(true);
        setDefaultPageImageDescriptor(ImageDescriptor.createFromURL(
                NewModelWizard.class.getResource("/icons/newproject_wiz.png")));
    }

    /** A selected Lamina project means its models/ folder. */
    private static IStructuredSelection modelsFolderOf(IStructuredSelection selection) {
        if (selection != null && selection.size() == 1 && selection.getFirstElement() instanceof IProject project) {
            IFolder models = project.getFolder(LaminaProjectLayout.MODELS);
            if (models.exists()) {
                return new StructuredSelection(models);
            }
        }
        return selection;
    }

    @Override
    public void addPages() {
        page = new Page(getSelection());
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        selectAndReveal(file);
        IWorkbenchPage active = getWorkbench().getActiveWorkbenchWindow() == null ? null
                : getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (active != null) {
            try {
                IDE.openEditor(active, file, ModelEditor.ID, true);
            } catch (PartInitException e) {
                page.setErrorMessage(e.getMessage());
                return false;
            }
        }
        return true;
    }

    /** The file page with the templates below the file name. */
    static final class Page extends WizardNewFileCreationPage {

        private ModelTemplate template = ModelTemplate.EMPTY;

        Page(IStructuredSelection selection) {
            super("newLaminaModel", selection);
            setTitle(Messages.NewModel_pageTitle);
            setDescription(Messages.NewModel_pageDescription);
            setFileExtension(LaminaFormat.EXTENSION.substring(1));
            setFileName("model" + LaminaFormat.EXTENSION);
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            Group group = new Group(parent, SWT.NONE);
            group.setText(Messages.NewModel_template);
            group.setLayout(new GridLayout(1, false));
            group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            TableViewer templates = new TableViewer(group, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
            templates.setContentProvider(ArrayContentProvider.getInstance());
            templates.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((ModelTemplate) element).label();
                }
            });
            templates.setInput(ModelTemplate.values());
            GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
            tableData.heightHint = 90;
            templates.getControl().setLayoutData(tableData);
            Label description = new Label(group, SWT.WRAP);
            GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false);
            descriptionData.widthHint = 400;
            descriptionData.heightHint = 40;
            description.setLayoutData(descriptionData);
            templates.addSelectionChangedListener(event -> {
                if (event.getStructuredSelection().getFirstElement() instanceof ModelTemplate chosen) {
                    template = chosen;
                    description.setText(chosen.description());
                }
            });
            templates.setSelection(new StructuredSelection(template));
        }

        @Override
        protected void createLinkTarget() {
            // no linked files: the template group replaces the "Advanced" section
        }

        @Override
        protected IStatus validateLinkedResource() {
            return Status.OK_STATUS;
        }

        @Override
        protected InputStream getInitialContents() {
            String name = getFileName().replaceFirst("\\.lamina$", "").replaceAll("[^A-Za-z0-9_.\\-]", "_")
                    .replaceFirst("^[.\\-]+", "");
            return new ByteArrayInputStream(LaminaFormat.write(template.model(name.isEmpty() ? "sequential" : name))
                    .getBytes(StandardCharsets.UTF_8));
        }

        ModelTemplate template() {
            return template;
        }
    }
}
