// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import org.eclipse.core.runtime.jobs.Job;

import dev.lamina.ui.internal.LaminaJobs;

/**
 * A job that asks a loaded model about images: in the {@link ModelJobs} family and under its rule (one at a time),
 * and among the engine's jobs ({@link LaminaJobs#ENGINE_FAMILY}).
 */
public abstract class ModelJob extends Job {

    /** {@code system}: shown in the Progress view only when asked for (short work a view waits for). */
    protected ModelJob(String name, boolean system) {
        super(name);
        setRule(ModelJobs.RULE);
        setSystem(system);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ModelJobs.FAMILY || family == LaminaJobs.ENGINE_FAMILY;
    }
}
