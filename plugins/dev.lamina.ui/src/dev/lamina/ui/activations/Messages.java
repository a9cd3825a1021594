// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import org.eclipse.osgi.util.NLS;

/** The Activations view's user-visible strings; texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.activations.messages";

    public static String Activations_openImage;
    public static String Activations_random;
    public static String Activations_export;
    public static String Activations_exportFailed;
    public static String Activations_noRun;
    public static String Activations_noModel;
    public static String Activations_run;
    public static String Activations_epoch;
    public static String Activations_epochsTip;
    public static String Activations_onlyFinal;
    public static String Activations_noImage;
    public static String Activations_image;
    public static String Activations_notImage;
    public static String Activations_chooseImage;
    public static String Activations_drawing;
    public static String Activations_validationSample;
    public static String Activations_computing;
    public static String Activations_job;
    public static String Activations_failed;
    public static String Activations_noLayers;
    public static String Activations_shown;
    public static String Activations_tileTitle;
    public static String Activations_tileRange;
    public static String Activations_noRunSelected;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
