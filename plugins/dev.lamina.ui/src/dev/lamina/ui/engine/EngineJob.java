// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.engine;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.lamina.ui.internal.LaminaJobs;

/**
 * Runs one call into the engine off the UI thread and hands the result (or the failure) to the UI thread.
 * The engine's first call loads ND4J's natives, which takes seconds.
 */
final class EngineJob<T> extends Job {

    private final Supplier<T> work;
    private final Display display;
    private final Consumer<T> onResult;
    private final Consumer<Throwable> onFailure;

    EngineJob(String name, Supplier<T> work, Display display, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        super(name);
        this.work = work;
        this.display = display;
        this.onResult = onResult;
        this.onFailure = onFailure;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            T result = work.get();
            deliver(() -> onResult.accept(result));
        } catch (RuntimeException | LinkageError e) {
            deliver(() -> onFailure.accept(e));
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }

    private void deliver(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LaminaJobs.ENGINE_FAMILY;
    }
}
