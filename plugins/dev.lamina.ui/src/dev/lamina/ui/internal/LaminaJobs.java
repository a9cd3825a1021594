// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.internal;

/** Job families, so that tests and the progress view can find and join Lamina's jobs. */
public final class LaminaJobs {

    /** Every job that talks to the engine. */
    public static final Object ENGINE_FAMILY = new Object();

    /** The jobs that write Problems view markers for models. */
    public static final Object MARKERS_FAMILY = new Object();

    /** Training runs started from the workbench (dev.lamina.ui.runs.TrainingJob). */
    public static final Object TRAINING_FAMILY = new Object();

    /** Evaluations of trained models and their thumbnails (dev.lamina.ui.runs.evaluation). */
    public static final Object EVALUATION_FAMILY = new Object();

    private LaminaJobs() {
    }
}
