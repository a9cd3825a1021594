// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.lamina.run.config.Backend;
import dev.lamina.ui.device.DeviceIndexField;
import dev.lamina.ui.spark.SparkSection;

/** Where the run computes: the ND4J back end, CPU threads and the GPU, or a Spark cluster. */
final class DeviceFormPage extends RunFormPage {

    static final String ID = "dev.lamina.ui.runConfig.device";

    DeviceFormPage(RunConfigEditor editor) {
        super(editor, ID, Messages.Page_device);
    }

    @Override
    protected void fill(FormToolkit toolkit, Composite body) {
        RunConfigEditor editor = runEditor();
        Composite device = section(toolkit, body, Messages.Section_device, Messages.Section_deviceDescription);
        add(new RunField.ChoiceField(editor, toolkit, device, Messages.Field_backend, Backend.jsonNames(),
                Messages.Field_default, "backend"));
        add(new RunField.TextField(editor, toolkit, device, Messages.Field_threads, true, "threads"));
        add(new DeviceIndexField(editor, toolkit, device));
        Composite spark = section(toolkit, body, dev.lamina.ui.spark.Messages.Section_spark,
                dev.lamina.ui.spark.Messages.Section_sparkDescription);
        SparkSection.fields(editor, toolkit, spark).forEach(this::add);
    }
}
