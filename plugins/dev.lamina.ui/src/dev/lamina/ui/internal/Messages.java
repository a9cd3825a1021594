package dev.lamina.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-visible strings; texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.internal.messages";

    public static String CreateProject_task;
    public static String NewProjectWizard_title;
    public static String NewProjectWizard_pageTitle;
    public static String NewProjectWizard_pageDescription;
    public static String NewProjectWizard_errorTitle;
    public static String EngineInfo_jobName;
    public static String EngineInfo_title;
    public static String EngineInfo_heading;
    public static String EngineInfo_property;
    public static String EngineInfo_value;
    public static String EngineInfo_failed;
    public static String EngineInfo_selfTest;
    public static String EngineInfo_selfTestJob;
    public static String EngineInfo_selfTestRunning;
    public static String EngineInfo_selfTestPassed;
    public static String EngineInfo_selfTestFailed;
    public static String EngineInfo_java;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
