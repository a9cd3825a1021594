// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.spark;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonString;
import dev.lamina.ui.runconfig.RunField;
import dev.lamina.ui.runconfig.RunJson;

/**
 * "Spark cluster" on the Device page: checked when the run file's {@code spark.master} is set, which makes
 * {@code lamina train RUN.json} and Run As &gt; Lamina Training train on Spark. Checking it sets the master to
 * {@value #FIRST_MASTER} (Spark on this machine, a start the user then changes to the cluster's URL); unchecking
 * removes the master and keeps the rest of the {@code spark} section. One undoable edit either way.
 */
public final class SparkClusterField extends RunField {

    static final String FIRST_MASTER = "local[2]";

    private final Button check;

    public SparkClusterField(dev.lamina.ui.runconfig.RunConfigEditor editor, FormToolkit toolkit, Composite parent) {
        super(editor, Messages.Field_cluster, "spark", "master");
        toolkit.createLabel(parent, "");
        check = toolkit.createButton(parent, Messages.Field_cluster, SWT.CHECK);
        check.setToolTipText(jsonPath());
        check.addListener(SWT.Selection, e -> commit(tree -> RunJson.with(tree, check.getSelection()
                ? JsonString.of(FIRST_MASTER) : null, path())));
    }

    @Override
    protected void display(JsonObject tree) {
        check.setSelection(RunJson.get(tree, path()).filter(v -> !v.isNull()).isPresent());
    }

    @Override
    public Button control() {
        return check;
    }
}
