// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.predict;

import org.eclipse.osgi.util.NLS;

/** The Predict view's user-visible strings; texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.predict.messages";

    public static String Predict_addImages;
    public static String Predict_addFolder;
    public static String Predict_clear;
    public static String Predict_folderDialog;
    public static String Predict_noRun;
    public static String Predict_noModel;
    public static String Predict_run;
    public static String Predict_dropHere;
    public static String Predict_running;
    public static String Predict_job;
    public static String Predict_failed;
    public static String Predict_summary;
    public static String Predict_accuracy;
    public static String Predict_image;
    public static String Predict_predicted;
    public static String Predict_probabilities;
    public static String Predict_actual;
    public static String Predict_opacity;
    public static String Predict_gradCamNone;
    public static String Predict_gradCamComputing;
    public static String Predict_gradCamJob;
    public static String Predict_gradCam;
    public static String Predict_gradCamFailed;
    public static String Predict_chooseTitle;
    public static String Predict_chooseMessage;
    public static String Predict_noTrainedRun;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
