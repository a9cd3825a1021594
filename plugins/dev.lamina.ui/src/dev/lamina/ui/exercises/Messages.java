// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.exercises;

import org.eclipse.osgi.util.NLS;

/** The Exercises view's strings; texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.exercises.messages";

    public static String Exercises_checking;
    public static String Exercises_check;
    public static String Exercises_openModel;
    public static String Exercises_project;
    public static String Exercises_exercise;
    public static String Exercises_state;
    public static String Exercises_notChecked;
    public static String Exercises_rule;
    public static String Exercises_outcome;
    public static String Exercises_found;
    public static String Exercises_hint;
    public static String Exercises_pass;
    public static String Exercises_fail;
    public static String Exercises_skipped;
    public static String Exercises_none;
    public static String Exercises_stepInput;
    public static String Exercises_stepOutput;
    public static String Exercises_stepParams;
    public static String Exercises_stepModel;
    public static String Exercises_stepTrain;
    public static String Exercises_stepCheck;
    public static String Exercises_running;
    public static String Exercises_passed;
    public static String Exercises_failed;
    public static String Exercises_decorationPassed;
    public static String Exercises_decorationFailed;
    public static String Exercises_noExercise;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
