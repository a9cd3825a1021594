// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.device;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.run.config.RunFile;
import dev.lamina.ui.runconfig.RunConfigEditor;
import dev.lamina.ui.runconfig.RunField;
import dev.lamina.ui.runconfig.RunJson;

/**
 * The run file's {@code device} (which GPU) on the Device page. {@code device} came with run-file format 2, so
 * setting it in a format 1 file raises the file's {@code format} in the same edit (one undo takes both back).
 */
public final class DeviceIndexField extends RunField {

    static final String KEY = "device";

    private final Text text;
    private String shown = "";

    public DeviceIndexField(RunConfigEditor editor, FormToolkit toolkit, Composite parent) {
        super(editor, Messages.Field_device, KEY);
        label(toolkit, parent, Messages.Field_device, jsonPath());
        text = toolkit.createText(parent, "", SWT.SINGLE);
        text.setToolTipText(Messages.Field_deviceTooltip);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.DefaultSelection, e -> committed());
        text.addListener(SWT.FocusOut, e -> committed());
    }

    private void committed() {
        String typed = text.getText();
        if (typed.equals(shown)) {
            return;
        }
        shown = typed;
        JsonValue value = RunJson.typed(typed);
        commit(tree -> withDevice(tree, value));
    }

    /** {@code tree} with {@code device} set (or removed for {@code null}), at format 2 or later when set. */
    static JsonObject withDevice(JsonObject tree, JsonValue value) {
        JsonObject edited = RunJson.with(tree, value, KEY);
        boolean old = RunJson.get(tree, "format").filter(JsonNumber.class::isInstance)
                .map(f -> f.asDouble() < RunFile.VERSION).orElse(false);
        return value != null && old ? RunJson.with(edited, JsonNumber.of(RunFile.VERSION), "format") : edited;
    }

    @Override
    protected void display(JsonObject tree) {
        shown = RunJson.text(tree, KEY);
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
    }

    @Override
    public Text control() {
        return text;
    }
}
