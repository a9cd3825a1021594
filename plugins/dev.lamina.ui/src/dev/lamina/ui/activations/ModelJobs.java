// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The job family and scheduling rule of the jobs that ask a loaded model about images (activations, predictions,
 * Grad-CAM): one such job at a time, since a loaded DL4J network is not safe to use from two threads.
 */
public final class ModelJobs {

    /** Activations, predictions and Grad-CAM jobs, for tests and the Progress view. */
    public static final Object FAMILY = new Object();

    /** A mutex: the jobs never run at the same time. */
    public static final ISchedulingRule RULE = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private ModelJobs() {
    }
}
