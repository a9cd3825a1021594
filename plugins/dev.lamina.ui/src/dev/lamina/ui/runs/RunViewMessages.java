// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import org.eclipse.osgi.util.NLS;

/** The Run view's tabs, chart controls, summary and coach strings; texts in messages.properties beside it. */
public final class RunViewMessages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.runs.messages";

    public static String RunView_chartsTab;
    public static String RunView_summaryTab;
    public static String RunView_noSummary;
    public static String RunView_eta;
    public static String RunView_details;
    public static String RunView_detailsPast;
    public static String RunView_deviceUnknown;
    public static String RunView_heap;
    public static String RunView_trainingProcess;
    public static String RunView_resident;
    public static String RunView_backend;
    public static String RunCharts_xAxis;
    public static String RunCharts_zoomHint;
    public static String RunCharts_fit;
    public static String RunCharts_byEpoch;
    public static String RunCharts_byBatch;
    public static String RunCharts_byTime;
    public static String RunCharts_logY;
    public static String RunCharts_exportPng;
    public static String RunCharts_exportCsv;
    public static String RunCharts_exportFailed;
    public static String RunCharts_epochs;
    public static String RunCharts_steps;
    public static String RunCharts_seconds;
    public static String RunCharts_target;
    public static String RunCharts_targetOf;
    public static String RunCharts_coach;
    public static String RunSummary_noModel;
    public static String RunSummary_device;
    public static String RunSummary_settings;
    public static String RunSummary_noSettings;

    static {
        NLS.initializeMessages(BUNDLE_NAME, RunViewMessages.class);
    }

    private RunViewMessages() {
    }
}
