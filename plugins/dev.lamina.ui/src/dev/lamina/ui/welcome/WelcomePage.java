// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.welcome;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.osgi.framework.FrameworkUtil;

import dev.lamina.ui.course.CourseExercise;
import dev.lamina.ui.course.ExerciseProjects;
import dev.lamina.ui.internal.Messages;

/**
 * The Welcome page: the course's exercises one click away, the ways to start one's own project, and the
 * documentation that ships with the product. Help › Welcome brings it back.
 */
public class WelcomePage extends EditorPart {

    public static final String ID = "dev.lamina.ui.editors.welcome";

    /** The documents that ship inside this bundle, in reading order: path in the bundle and title. */
    private static final List<String[]> DOCS = List.of(
            new String[] {"docs/README.md", Messages.Welcome_docOverview},
            new String[] {"docs/model-format.md", Messages.Welcome_docModels},
            new String[] {"docs/run-config.md", Messages.Welcome_docRuns},
            new String[] {"docs/datasets.md", Messages.Welcome_docDatasets},
            new String[] {"docs/exercises.md", Messages.Welcome_docExercises},
            new String[] {"docs/filters.md", Messages.Welcome_docFilters});

    private FormToolkit toolkit;
    private ScrolledForm form;
    private LocalResourceManager resources;
    private ImageHyperlink firstExercise;

    /** Opens (or brings to front) the Welcome page in {@code window}. */
    public static void open(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            page.openEditor(new WelcomeInput(), ID, true);
        } catch (PartInitException e) {
            ErrorDialog.openError(window.getShell(), Messages.Welcome_title, null, e.getStatus());
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(Messages.Welcome_tab);
        setTitleToolTip(Messages.Welcome_title);
    }

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.Welcome_title);
        form.setImage(image("/icons/lamina48.png"));
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        TableWrapLayout columns = new TableWrapLayout();
        columns.numColumns = 2;
        columns.makeColumnsEqualWidth = true;
        columns.leftMargin = 20;
        columns.rightMargin = 20;
        columns.horizontalSpacing = 40;
        columns.verticalSpacing = 16;
        body.setLayout(columns);

        Label intro = toolkit.createLabel(body, Messages.Welcome_intro, SWT.WRAP);
        TableWrapData introData = new TableWrapData(TableWrapData.FILL_GRAB);
        introData.colspan = 2;
        intro.setLayoutData(introData);

        Composite course = section(body, Messages.Welcome_courseSection, Messages.Welcome_courseDescription);
        for (CourseExercise exercise : CourseExercise.ALL) {
            ImageHyperlink link = link(course, "/icons/layers/conv2d.png", exercise.title(),
                    () -> ExerciseProjects.create(getSite().getWorkbenchWindow(), exercise));
            if (firstExercise == null) {
                firstExercise = link;
            }
            note(course, exercise.summary());
        }

        Composite right = toolkit.createComposite(body);
        right.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        TableWrapLayout stacked = new TableWrapLayout();
        stacked.leftMargin = 0;
        stacked.rightMargin = 0;
        stacked.topMargin = 0;
        stacked.verticalSpacing = 16;
        right.setLayout(stacked);
        Composite own = section(right, Messages.Welcome_ownSection, Messages.Welcome_ownDescription);
        link(own, "/icons/lamina16.png", Messages.Welcome_newProject,
                () -> openWizard(true, "dev.lamina.ui.wizards.newProject"));
        note(own, Messages.Welcome_newProjectNote);
        link(own, "/icons/layers/input.png", Messages.Welcome_importDataset,
                () -> openWizard(false, "dev.lamina.ui.wizards.importDataset"));
        note(own, Messages.Welcome_importDatasetNote);
        link(own, "/icons/layers/dense.png", Messages.Welcome_importKeras,
                () -> openWizard(false, "dev.lamina.ui.wizards.importKeras"));
        note(own, Messages.Welcome_importKerasNote);
        Composite docs = section(right, Messages.Welcome_docsSection, Messages.Welcome_docsDescription);
        for (String[] doc : DOCS) {
            link(docs, "/icons/lamina16.png", doc[1], () -> openDocument(doc[0]));
        }

        Button showAtStart = toolkit.createButton(body, Messages.Welcome_showAtStart, SWT.CHECK);
        showAtStart.setSelection(WelcomePreferences.showAtStart());
        TableWrapData checkData = new TableWrapData();
        checkData.colspan = 2;
        showAtStart.setLayoutData(checkData);
        showAtStart.addListener(SWT.Selection, e -> WelcomePreferences.setShowAtStart(showAtStart.getSelection()));
        form.reflow(true);
    }

    private Composite section(Composite parent, String title, String description) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Composite client = toolkit.createComposite(section);
        TableWrapLayout layout = new TableWrapLayout();
        layout.leftMargin = 4;
        layout.verticalSpacing = 2;
        client.setLayout(layout);
        section.setClient(client);
        return client;
    }

    private ImageHyperlink link(Composite parent, String icon, String text, Runnable action) {
        ImageHyperlink link = toolkit.createImageHyperlink(parent, SWT.WRAP);
        link.setText(text);
        link.setImage(image(icon));
        link.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                action.run();
            }
        });
        return link;
    }

    private void note(Composite parent, String text) {
        Label label = toolkit.createLabel(parent, text, SWT.WRAP);
        TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
        data.indent = 22;
        label.setLayoutData(data);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    }

    /** A bundle image; JFace picks its {@code @2x} variant at 200 %. Disposed with the page. */
    private Image image(String path) {
        return resources.create(ImageDescriptor.createFromURL(WelcomePage.class.getResource(path)));
    }

    private void openWizard(boolean newWizard, String id) {
        IWorkbenchWindow window = getSite().getWorkbenchWindow();
        IWizardDescriptor descriptor = newWizard
                ? window.getWorkbench().getNewWizardRegistry().findWizard(id)
                : window.getWorkbench().getImportWizardRegistry().findWizard(id);
        if (descriptor == null) {
            return;
        }
        try {
            IWorkbenchWizard wizard = descriptor.createWizard();
            wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
            new WizardDialog(window.getShell(), wizard).open();
        } catch (CoreException e) {
            ErrorDialog.openError(window.getShell(), Messages.Welcome_title, null, e.getStatus());
        }
    }

    private void openDocument(String path) {
        IWorkbenchWindow window = getSite().getWorkbenchWindow();
        URL entry = FrameworkUtil.getBundle(WelcomePage.class).getEntry(path);
        try {
            if (entry == null) {
                throw new IOException(NLS.bind(Messages.Welcome_docMissing, path));
            }
            URL file = FileLocator.toFileURL(entry);
            var store = EFS.getLocalFileSystem().getStore(new java.io.File(file.toURI().getPath()).toURI());
            window.getActivePage().openEditor(new FileStoreEditorInput(store), EditorsUI.DEFAULT_TEXT_EDITOR_ID);
        } catch (IOException | URISyntaxException e) {
            ErrorDialog.openError(window.getShell(), Messages.Welcome_title, null,
                    Status.error(String.valueOf(e.getMessage()), e));
        } catch (PartInitException e) {
            ErrorDialog.openError(window.getShell(), Messages.Welcome_title, null, e.getStatus());
        }
    }

    @Override
    public void setFocus() {
        if (firstExercise != null && !firstExercise.isDisposed()) {
            firstExercise.setFocus();
        } else if (form != null) {
            form.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
