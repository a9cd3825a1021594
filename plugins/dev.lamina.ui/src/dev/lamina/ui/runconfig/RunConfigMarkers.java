// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import dev.lamina.run.config.RunConfigException;
import dev.lamina.ui.project.EditorMarkers;

/**
 * Keeps a run file's Problems marker ({@value #TYPE}) in step with its editor: one error marker with what
 * {@code lamina train} would say, at its line, or none. Written by a job, the latest state winning ({@link EditorMarkers}).
 */
public final class RunConfigMarkers {

    /** The marker type, a subtype of {@link IMarker#PROBLEM}. */
    public static final String TYPE = "dev.lamina.ui.runConfigProblem";

    private final EditorMarkers<RunConfigException> markers;

    public RunConfigMarkers(IFile file) {
        markers = new EditorMarkers<>(file, Messages.Markers_job, RunConfigMarkers::mark);
    }

    /** The editor closed (or moved to another file): the project builder marks the file from now on. */
    public void close() {
        markers.close();
    }

    /** Marks the problem of the text, or clears the marker ({@code null}). */
    public void update(RunConfigException problem) {
        markers.update(problem);
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
