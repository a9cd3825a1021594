// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.process;

/**
 * The scheduling priority a workbench run trains at: a nice value of {@value #DEFAULT_NICE} unless the system
 * property {@value #PROPERTY} names another (0 to 19; 0 keeps the normal priority). On a machine of few cores the
 * training then keeps the cores only while the UI, the X server and the user's input want none.
 * {@code lamina train} in a terminal keeps the normal priority: it has no UI to give way to.
 */
public final class TrainingPriority {

    /** System property with the nice value a workbench run trains at. */
    public static final String PROPERTY = "lamina.training.nice";

    /** The nice value a workbench run trains at unless {@value #PROPERTY} says otherwise. */
    public static final int DEFAULT_NICE = 10;

    private TrainingPriority() {
    }

    /** The configured nice value, clamped to 0..19; a value that is not a number gives the default. */
    public static int nice() {
        String text = System.getProperty(PROPERTY);
        if (text == null || text.isBlank()) {
            return DEFAULT_NICE;
        }
        try {
            return Math.max(0, Math.min(19, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_NICE;
        }
    }
}
