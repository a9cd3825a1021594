// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.lamina.run.config.RunConfigException;
import dev.lamina.ui.internal.LaminaJobs;

/**
 * Keeps a run file's Problems marker ({@value #TYPE}) in step with its editor: one error marker with what
 * {@code lamina train} would say, at its line, or none. Written by a job, the latest state winning.
 */
public final class RunConfigMarkers {

    /** The marker type, a subtype of {@link IMarker#PROBLEM}. */
    public static final String TYPE = "dev.lamina.ui.runConfigProblem";

    private final IFile file;
    private final AtomicReference<Optional<RunConfigException>> pending = new AtomicReference<>();
    private final Job job;

    public RunConfigMarkers(IFile file) {
        this.file = file;
        dev.lamina.ui.project.LaminaValidator.claim(file);
        this.job = new Job(Messages.Markers_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Optional<RunConfigException> state = pending.getAndSet(null);
                if (state != null && file.exists()) {
                    try {
                        file.getWorkspace().run((IWorkspaceRunnable) m -> mark(file, state.orElse(null)), file,
                                IResource.NONE, monitor);
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

    /**
     * The editor closed (or moved to another file): what it had not written yet is dropped, and the project builder
     * marks the file as saved from now on (its check waits for a write under way: same scheduling rule).
     */
    public void close() {
        pending.set(null);
        job.cancel();
        dev.lamina.ui.project.LaminaValidator.release(file);
    }

    /** Marks the problem of the text, or clears the marker ({@code null}). */
    public void update(RunConfigException problem) {
        pending.set(Optional.ofNullable(problem));
        job.schedule(50);
    }

    /**
     * Replaces {@code file}'s marker with {@code problem}'s, or clears it ({@code null}): the editor and the project
     * builder ({@code LaminaValidator}) mark alike. Call inside a workspace operation.
     */
    public static void mark(IFile file, RunConfigException problem) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        if (problem == null) {
            return;
        }
        IMarker marker = file.createMarker(TYPE);
        marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        marker.setAttribute(IMarker.MESSAGE, problem.getMessage());
        if (problem.line() > 0) {
            marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
        }
        if (problem.path() != null) {
            marker.setAttribute(IMarker.LOCATION, problem.path());
        }
    }
}
