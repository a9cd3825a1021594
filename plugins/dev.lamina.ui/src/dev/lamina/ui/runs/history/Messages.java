// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import org.eclipse.osgi.util.NLS;

/** The Runs view's user-visible strings; texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.runs.history.messages";

    public static String Runs_name;
    public static String Runs_started;
    public static String Runs_model;
    public static String Runs_dataset;
    public static String Runs_epochs;
    public static String Runs_bestValAccuracy;
    public static String Runs_finalValAccuracy;
    public static String Runs_duration;
    public static String Runs_device;
    public static String Runs_status;
    public static String Runs_unknown;
    public static String Runs_validationAccuracy;
    public static String Runs_validationLoss;
    public static String Runs_epochAxis;
    public static String Runs_setting;
    public static String Runs_differencesOnly;
    public static String Runs_noSelection;
    public static String Runs_compared;
    public static String Runs_deleteTitle;
    public static String Runs_deleteOne;
    public static String Runs_deleteMany;
    public static String Runs_deleteRunning;
    public static String Runs_deleteOperation;
    public static String Runs_problem;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
