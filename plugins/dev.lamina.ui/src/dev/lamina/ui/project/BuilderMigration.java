// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.lamina.ui.internal.Messages;

/**
 * Gives Lamina projects made before the project builder existed ({@link LaminaValidator}) their builder: at start for
 * the open projects, later for every project opened or imported. The nature's own {@code configure} adds it, as for
 * a new project; a project that has the builder is left alone.
 */
public final class BuilderMigration implements IResourceChangeListener {

    private static BuilderMigration installed;

    private BuilderMigration() {
    }

    /** Starts watching the workspace and migrates its open projects; a second call does nothing. */
    public static synchronized void start() {
        if (installed != null) {
            return;
        }
        installed = new BuilderMigration();
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        workspace.addResourceChangeListener(installed, IResourceChangeEvent.POST_CHANGE);
        schedule(Arrays.asList(workspace.getRoot().getProjects()));
    }

    /** Whether {@code project} is an open Lamina project without the builder. */
    static boolean needsBuilder(IProject project) {
        try {
            return project.isOpen() && project.hasNature(LaminaProjectNature.ID)
                    && Arrays.stream(project.getDescription().getBuildSpec())
                            .noneMatch(c -> LaminaValidator.ID.equals(c.getBuilderName()));
        } catch (CoreException e) {
            return false;
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        List<IProject> opened = new ArrayList<>();
        for (IResourceDelta child : delta.getAffectedChildren(IResourceDelta.ADDED | IResourceDelta.CHANGED)) {
            if (child.getResource() instanceof IProject project && (child.getKind() == IResourceDelta.ADDED
                    || (child.getFlags() & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION)) != 0)) {
                opened.add(project);
            }
        }
        schedule(opened);
    }

    private static void schedule(List<IProject> projects) {
        List<IProject> old = projects.stream().filter(BuilderMigration::needsBuilder).toList();
        if (old.isEmpty()) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob(Messages.BuilderMigration_job) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (IProject project : old) {
                    if (needsBuilder(project)) {
                        LaminaProjectNature nature = (LaminaProjectNature) project.getNature(LaminaProjectNature.ID);
                        if (nature != null) {
                            nature.configure();
                        }
                    }
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().modifyRule(ResourcesPlugin.getWorkspace().getRoot()));
        job.setSystem(true);
        job.schedule();
    }

    static void stopForTests() {
        synchronized (BuilderMigration.class) {
            if (installed != null) {
                ResourcesPlugin.getWorkspace().removeResourceChangeListener(installed);
                installed = null;
            }
        }
    }
}
