// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.evaluation;

import org.eclipse.osgi.util.NLS;

/** The Evaluation tab's user-visible strings; texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.runs.evaluation.messages";

    public static String Evaluation_tab;
    public static String Evaluation_onValidation;
    public static String Evaluation_onFolder;
    public static String Evaluation_folderDialog;
    public static String Evaluation_noRun;
    public static String Evaluation_noModel;
    public static String Evaluation_ready;
    public static String Evaluation_job;
    public static String Evaluation_running;
    public static String Evaluation_noValidation;
    public static String Evaluation_result;
    public static String Evaluation_failed;
    public static String Evaluation_class;
    public static String Evaluation_precision;
    public static String Evaluation_recall;
    public static String Evaluation_f1;
    public static String Evaluation_support;
    public static String Evaluation_matrix;
    public static String Evaluation_cell;
    public static String Evaluation_cellMore;
    public static String Evaluation_noCell;
    public static String Evaluation_misclassified;
    public static String Evaluation_sample;
    public static String Evaluation_actual;
    public static String Evaluation_predicted;
    public static String Evaluation_probability;
    public static String Evaluation_thumbnailsJob;
    public static String Evaluation_validation;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
