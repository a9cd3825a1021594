// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.ide.IDE;

import dev.lamina.core.json.JsonObject;
import dev.lamina.run.config.FilePath;
import dev.lamina.run.config.Loss;

/** The model to train and the loss it trains with. */
final class ModelFormPage extends RunFormPage {

    static final String ID = "dev.lamina.ui.runConfig.model";

    ModelFormPage(RunConfigEditor editor) {
        super(editor, ID, Messages.Page_model);
    }

    @Override
    protected void fill(FormToolkit toolkit, Composite body) {
        RunConfigEditor editor = runEditor();
        Composite model = section(toolkit, body, Messages.Section_model, Messages.Section_modelDescription);
        add(new RunField.TextField(editor, toolkit, model, Messages.Field_model, false, "model"));
        toolkit.createLabel(model, "");
        Hyperlink open = toolkit.createHyperlink(model, Messages.Field_openModel, 0);
        open.setLayoutData(new GridData());
        open.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                openModel();
            }
        });
        add(new RunField.ChoiceField(editor, toolkit, model, Messages.Field_loss, Loss.jsonNames(), null,
                "loss"));
    }

    private void openModel() {
        JsonObject tree = runEditor().tree();
        String written = tree == null ? "" : RunJson.text(tree, "model");
        if (written.isEmpty()) {
            return;
        }
        Path model = FilePath.parse(written, runEditor().document().file().toAbsolutePath().getParent()).resolved();
        try {
            IDE.openEditorOnFileStore(getSite().getPage(), EFS.getLocalFileSystem().getStore(model.toUri()));
        } catch (PartInitException e) {
            getManagedForm().getForm().setMessage(e.getMessage(), org.eclipse.jface.dialogs.IMessageProvider.ERROR);
        }
    }
}
