// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.spark;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.lamina.core.json.JsonString;
import dev.lamina.run.config.SparkMode;
import dev.lamina.ui.runconfig.RunConfigEditor;
import dev.lamina.ui.runconfig.RunField;

/**
 * The Device page's "Spark cluster" section: the choice (checked when the run file's {@code spark.master} is set, which
 * makes {@code lamina train RUN.json} and Run As &gt; Lamina Training train on Spark), the master URL and the run file's
 * other {@code spark} settings. The editor checks them with the run file parser, so a bad master URL gets the message
 * {@code lamina train --spark} gives ({@link dev.lamina.run.config.SparkMaster}).
 */
public final class SparkSection {

    /**
     * What checking "Spark cluster" sets the master to: Spark on this machine, which trains at once; the user then
     * types the cluster's URL. Unchecking removes the master (the run trains locally) and keeps the other settings.
     */
    static final String FIRST_MASTER = "local[2]";

    private SparkSection() {
    }

    public static List<RunField> fields(RunConfigEditor editor, FormToolkit toolkit, Composite section) {
        return List.of(new RunField.PresenceField(editor, toolkit, section, Messages.Field_cluster,
                tree -> JsonString.of(FIRST_MASTER), "spark", "master"),
                new RunField.TextField(editor, toolkit, section, Messages.Field_master, false, "spark", "master"),
                new RunField.ChoiceField(editor, toolkit, section, Messages.Field_mode, SparkMode.jsonNames(),
                        Messages.Field_default, "spark", "mode"),
                new RunField.TextField(editor, toolkit, section, Messages.Field_workers, true, "spark", "workers"),
                new RunField.TextField(editor, toolkit, section, Messages.Field_batchPerWorker, true, "spark",
                        "batch_per_worker"),
                new RunField.TextField(editor, toolkit, section, Messages.Field_averagingFrequency, true, "spark",
                        "averaging_frequency"),
                new RunField.TextField(editor, toolkit, section, Messages.Field_threshold, true, "spark",
                        "threshold"));
    }
}
