// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

import dev.lamina.run.folder.RunLayout;

/**
 * The run folders of the workspace's open projects: every folder {@code runs/NAME} (the layout {@code lamina train}
 * and the workbench write, {@link RunLayout#RUNS} beside a run file, anywhere in a project) that holds a run.
 */
public final class WorkspaceRuns {

    private WorkspaceRuns() {
    }

    /** Every run folder the workspace knows, in no particular order. */
    public static List<IFolder> find() {
        List<IFolder> runs = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (!project.isOpen()) {
                continue;
            }
            try {
                project.accept((IResourceProxy proxy) -> {
                    if (proxy.getType() != IResource.FOLDER) {
                        return proxy.getType() == IResource.PROJECT;
                    }
                    if (proxy.getName().equals(RunLayout.RUNS)) {
                        collect((IFolder) proxy.requestResource(), runs);
                        return false;
                    }
                    return !proxy.isDerived() && !proxy.getName().startsWith(".");
                }, IResource.NONE);
            } catch (CoreException e) {
                // a project that cannot be visited (closed meanwhile) has no runs to list
            }
        }
        return runs;
    }

    private static void collect(IFolder runsFolder, List<IFolder> runs) {
        try {
            for (IResource member : runsFolder.members()) {
                if (member instanceof IFolder folder && folder.getLocation() != null
                        && RunLayout.isRunFolder(folder.getLocation().toFile().toPath())) {
                    runs.add(folder);
                }
            }
        } catch (CoreException e) {
            // removed meanwhile
        }
    }

    /** Whether a resource change touches a run folder or a folder that holds runs. */
    static boolean touchesRuns(IResourceDelta delta) {
        if (delta == null) {
            return false;
        }
        boolean[] found = { false };
        try {
            delta.accept(d -> {
                IPath path = d.getFullPath();
                for (String segment : path.segments()) {
                    if (segment.equals(RunLayout.RUNS)) {
                        found[0] = true;
                    }
                }
                return !found[0];
            });
        } catch (CoreException e) {
            return true;
        }
        return found[0];
    }

    static Path location(IContainer container) {
        return container.getLocation().toFile().toPath();
    }
}
