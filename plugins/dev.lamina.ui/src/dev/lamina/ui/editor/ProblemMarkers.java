// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import dev.lamina.core.model.LaminaFormat;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.core.shape.Problem;
import dev.lamina.core.shape.Severity;
import dev.lamina.core.shape.ShapeInference;
import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.project.EditorMarkers;

/**
 * Keeps a model file's Problems view markers ({@value #TYPE}) in step with the editor: one marker
 * per model error or warning, carrying the layer's name ({@value #LAYER_NAME}) and the line of its
 * name in the file, or one marker for a file that does not load. Markers are written by a job, the
 * latest state winning, so that typing is never slowed by the workspace.
 */
public final class ProblemMarkers {

    /** The marker type, a subtype of {@link IMarker#PROBLEM}. */
    public static final String TYPE = "dev.lamina.ui.modelProblem";
    /** The attribute with the name of the layer a marker is about. */
    public static final String LAYER_NAME = "layerName";

    /** A state of the file to mark: a model, or the load error of its text. */
    private record State(Model model, ModelLoadException error) {
    }

    private final EditorMarkers<State> markers;

    public ProblemMarkers(IFile file) {
        markers = new EditorMarkers<>(file, Messages.Markers_job,
                (f, state) -> mark(f, state.model(), state.error()));
    }

    /** The editor closed (or moved to another file): the project builder marks the file from now on. */
    public void close() {
        markers.close();
    }

    /** Marks the problems of a model. */
    public void update(Model model) {
        markers.update(new State(model, null));
    }

    /** Marks a file that does not load. */
    public void update(ModelLoadException error) {
        markers.update(new State(null, error));
    }

    /**
     * Replaces {@code file}'s markers with those of {@code model}, or with the one of {@code error} when the file does
     * not load: the editor and the project builder ({@code LaminaValidator}) mark alike. Call inside a workspace
     * operation.
     */
    public static void mark(IFile file, Model model, ModelLoadException error) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        if (error != null) {
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            marker.setAttribute(IMarker.MESSAGE, error.reason());
            if (error.line() > 0) {
                marker.setAttribute(IMarker.LINE_NUMBER, error.line());
                marker.setAttribute(IMarker.LOCATION, error.path() == null ? "line " + error.line() : error.path());
            }
            return;
        }
        List<Problem> problems = ShapeInference.analyze(model).problems();
        if (problems.isEmpty()) {
            return;
        }
        String text = LaminaFormat.write(model);
        for (Problem problem : problems) {
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.SEVERITY, problem.severity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
                    : IMarker.SEVERITY_WARNING);
            marker.setAttribute(IMarker.MESSAGE, problem.text());
            if (problem.layerName() != null) {
                marker.setAttribute(LAYER_NAME, problem.layerName());
                marker.setAttribute(IMarker.LOCATION, problem.layerName());
                int line = lineOfLayer(text, problem.layerName());
                if (line > 0) {
                    marker.setAttribute(IMarker.LINE_NUMBER, line);
                }
            }
        }
    }

    /** The 1-based line of a layer's {@code "name"} in the saved form of the model, or 0. */
    static int lineOfLayer(String text, String layerName) {
        // Layer keys are indented by six spaces; the model's own "name" by two.
        int at = text.indexOf("\n      \"name\": \"" + layerName + "\"");
        if (at < 0) {
            return 0;
        }
        int line = 2;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
