// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig.launch;

import org.eclipse.osgi.util.NLS;

/** Lamina Training's user-visible strings (launching, the launch configuration tab); texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.runconfig.launch.messages";

    public static String Launch_failedTitle;
    public static String Launch_noRunFile;
    public static String Launch_missingRunFile;
    public static String Launch_noWindow;
    public static String CreateRunFile_title;
    public static String CreateRunFile_message;
    public static String Tab_name;
    public static String Tab_runFile;
    public static String Tab_browse;
    public static String Tab_chooseTitle;
    public static String Tab_note;
    public static String Tab_empty;
    public static String Tab_missing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
