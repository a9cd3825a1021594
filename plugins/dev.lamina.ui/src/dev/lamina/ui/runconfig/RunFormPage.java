// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import dev.lamina.core.json.JsonObject;
import dev.lamina.run.config.RunConfigException;

/**
 * A form page of the run file editor: sections of {@link RunField}s, each showing one value of the run file's JSON
 * and changing it through the editor (one undoable edit per committed change). The header shows what
 * {@code lamina train} would say about the file.
 */
public abstract class RunFormPage extends FormPage {

    private final RunConfigEditor editor;
    private final List<RunField> fields = new ArrayList<>();
    private ScrolledForm form;

    RunFormPage(RunConfigEditor editor, String id, String title) {
        super(editor, id, title);
        this.editor = editor;
    }

    /** Creates the page's sections and fields. */
    protected abstract void fill(FormToolkit toolkit, Composite body);

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(getTitle());
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        fill(toolkit, body);
        refresh();
        showProblem(editor.document().problem().orElse(null));
    }

    RunConfigEditor runEditor() {
        return editor;
    }

    /** A titled section holding label/field rows. */
    protected Composite section(FormToolkit toolkit, Composite body, String title, String description) {
        Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        toolkit.paintBordersFor(client);
        return client;
    }

    protected <F extends RunField> F add(F field) {
        fields.add(field);
        return field;
    }

    /** Shows the document's current values. */
    void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        JsonObject tree = editor.tree();
        for (RunField field : fields) {
            field.show(tree);
        }
    }

    void showProblem(RunConfigException problem) {
        if (form == null || form.isDisposed()) {
            return;
        }
        if (problem == null) {
            form.setMessage(null, IMessageProvider.NONE);
        } else {
            form.setMessage(problem.getMessage(), IMessageProvider.ERROR);
        }
    }

    /** The header's message, or {@code null}. */
    public String headerMessage() {
        return form == null || form.isDisposed() ? null : form.getMessage();
    }

    /** The field of a JSON path such as {@code "$.optimizer.learning_rate"}, for tests. */
    public RunField field(String jsonPath) {
        return fields.stream().filter(f -> f.jsonPath().equals(jsonPath)).findFirst().orElse(null);
    }

    /** Every field of a JSON path (a choice and the value it sets may share one), for tests. */
    public List<RunField> fields(String jsonPath) {
        return fields.stream().filter(f -> f.jsonPath().equals(jsonPath)).toList();
    }
}
