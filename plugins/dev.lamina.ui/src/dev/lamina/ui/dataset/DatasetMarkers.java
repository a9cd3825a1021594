// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

import dev.lamina.data.folder.ScanProblem;
import dev.lamina.data.folder.ScanReport;

/**
 * The Problems view's side of a dataset scan: one marker ({@value #TYPE}) per problem of the report, on the file
 * or folder it names, with the scan's reason as its message. Each marker carries the dataset folder
 * ({@value #DATASET}) so that opening it opens the dataset editor on that folder.
 */
public final class DatasetMarkers {

    /** The marker type, a subtype of {@link IMarker#PROBLEM}. */
    public static final String TYPE = "dev.lamina.ui.datasetProblem";
    /** The workspace path of the dataset folder a marker belongs to. */
    public static final String DATASET = "datasetFolder";
    /** The scan's kind of problem, as reports name it ({@code truncated}, {@code not-an-image}, ...). */
    public static final String KIND = "problemKind";

    private DatasetMarkers() {
    }

    /** Replaces the markers of a dataset folder with the problems of its report. Run with the folder as rule. */
    public static void write(IContainer folder, ScanReport report) throws CoreException {
        folder.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
        IWorkspaceRoot root = folder.getWorkspace().getRoot();
        for (ScanProblem problem : report.problems()) {
            IResource resource = resourceOf(root, folder, problem);
            IMarker marker = resource.createMarker(TYPE);
            marker.setAttribute(IMarker.MESSAGE, resource.equals(folder) || resource.getType() != IResource.FILE
                    ? problem.detail() : resource.getName() + ": " + problem.detail());
            marker.setAttribute(IMarker.SEVERITY, switch (problem.kind().severity()) {
                case NOTE -> IMarker.SEVERITY_INFO;
                case WARNING -> IMarker.SEVERITY_WARNING;
                case SKIPPED, DATASET -> IMarker.SEVERITY_ERROR;
            });
            marker.setAttribute(IMarker.LOCATION, problem.kind().label());
            marker.setAttribute(KIND, problem.kind().label());
            marker.setAttribute(DATASET, folder.getFullPath().toString());
            if (resource.getType() == IResource.FILE) {
                marker.setAttribute(org.eclipse.ui.ide.IDE.EDITOR_ID_ATTR, DatasetEditor.ID);
            }
        }
    }

    /** The resource a problem names; the dataset folder for a path the workspace does not know. */
    private static IResource resourceOf(IWorkspaceRoot root, IContainer folder, ScanProblem problem) {
        IPath location = IPath.fromPath(problem.path());
        IResource file = root.getFileForLocation(location);
        if (file != null && file.exists()) {
            return file;
        }
        IResource container = root.getContainerForLocation(location);
        if (container != null && container.exists()) {
            return container;
        }
        return folder;
    }

    /** The dataset folder a marker of this type belongs to, or {@code null}. */
    public static IContainer datasetOf(IMarker marker) {
        String path = marker.getAttribute(DATASET, null);
        if (path == null) {
            return null;
        }
        IResource resource = marker.getResource().getWorkspace().getRoot().findMember(path);
        return resource instanceof IContainer container ? container : null;
    }
}
