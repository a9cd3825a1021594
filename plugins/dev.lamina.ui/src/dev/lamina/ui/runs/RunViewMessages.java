// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import org.eclipse.osgi.util.NLS;

/** The Run view's tabs, chart controls, summary and coach strings; texts in messages.properties beside it. */
public final class RunViewMessages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.runs.messages";

    public static String RunView_chartsTab;
    public static String RunView_summaryTab;
    public static String RunView_noSummary;

    static {
        NLS.initializeMessages(BUNDLE_NAME, RunViewMessages.class);
    }

    private RunViewMessages() {
    }
}
