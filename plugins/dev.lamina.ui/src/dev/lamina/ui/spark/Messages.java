// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.spark;

import org.eclipse.osgi.util.NLS;

/** The texts of the Device page's Spark cluster section and of Spark training jobs. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.spark.messages";

    public static String Section_spark;
    public static String Section_sparkDescription;
    public static String Field_cluster;
    public static String Field_master;
    public static String Field_mode;
    public static String Field_default;
    public static String Field_workers;
    public static String Field_batchPerWorker;
    public static String Field_averagingFrequency;
    public static String Field_threshold;
    public static String Job_name;
    public static String Job_noSubmit;
    public static String Job_failed;
    public static String Job_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
