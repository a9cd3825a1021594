// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.project;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.lamina.ui.internal.LaminaJobs;

/**
 * Writes an open editor's Problems markers for its file from a system job, the latest state winning, so that typing
 * is never slowed by the workspace. While the editor is open it, not the project builder ({@link LaminaValidator}),
 * marks the file.
 *
 * @param <S> what the markers are written from (a model, a load error, ...); {@code null} for no problem
 */
public final class EditorMarkers<S> {

    /** Replaces a file's markers with those of a state. Called inside a workspace operation. */
    @FunctionalInterface
    public interface Marking<S> {
        void mark(IFile file, S state) throws CoreException;
    }

    private final IFile file;
    private final AtomicReference<Optional<S>> pending = new AtomicReference<>();
    private final Job job;

    public EditorMarkers(IFile file, String jobName, Marking<S> marking) {
        this.file = file;
        LaminaValidator.claim(file);
        this.job = new Job(jobName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Optional<S> state = pending.getAndSet(null);
                if (state != null && file.exists()) {
                    try {
                        file.getWorkspace().run((IWorkspaceRunnable) m -> marking.mark(file, state.orElse(null)),
                                file, IResource.NONE, monitor);
                    } catch (CoreException e) {
                        return e.getStatus();
                    }
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LaminaJobs.MARKERS_FAMILY;
            }
        };
        job.setSystem(true);
        job.setRule(file);
    }

    /** Marks {@code state} soon. */
    public void update(S state) {
        pending.set(Optional.ofNullable(state));
        job.schedule(50);
    }

    /**
     * The editor closed (or moved to another file): what it had not written yet is dropped, and the project builder
     * marks the file as saved from now on (its check waits for a write under way: same scheduling rule).
     */
    public void close() {
        pending.set(null);
        job.cancel();
        LaminaValidator.release(file);
    }
}
