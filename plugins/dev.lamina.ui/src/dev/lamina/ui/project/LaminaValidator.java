// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import dev.lamina.core.model.LaminaFormat;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.run.config.RunConfigException;
import dev.lamina.run.config.RunFile;
import dev.lamina.ui.editor.ProblemMarkers;
import dev.lamina.ui.runconfig.RunConfigMarkers;

/**
 * The Lamina project builder: every model ({@code *.lamina}) and run file ({@code run.json}, {@code *.run.json}) of a
 * Lamina project gets its Problems markers whether an editor has it open or not, as Java files do in Eclipse. It
 * checks with the code the editors and {@code lamina check} / {@code lamina train} use (shape inference, the run file
 * reader) and marks as the editors do, so an open editor and the builder never disagree. Incremental: a save checks
 * that file only.
 */
public final class LaminaValidator extends IncrementalProjectBuilder {

    public static final String ID = "dev.lamina.ui.laminaValidator";

    /** Files an editor has open, with how many editors: their markers follow the editor's text, not the disk. */
    private static final java.util.concurrent.ConcurrentHashMap<IFile, Integer> CLAIMED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * An editor opened {@code file}: its markers now describe the editor's text (saved or not), so the builder leaves
     * them alone until {@link #release}.
     */
    public static void claim(IFile file) {
        CLAIMED.merge(file, 1, Integer::sum);
    }

    /** The editor of {@code file} closed: the file is checked as saved, as if the builder had just seen it. */
    public static void release(IFile file) {
        if (CLAIMED.computeIfPresent(file, (f, n) -> n > 1 ? n - 1 : null) != null) {
            return;
        }
        org.eclipse.core.resources.WorkspaceJob job = new org.eclipse.core.resources.WorkspaceJob(
                dev.lamina.ui.internal.Messages.LaminaValidator_job) {
            @Override
            public org.eclipse.core.runtime.IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!CLAIMED.containsKey(file)) {
                    check(file, monitor);
                }
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == dev.lamina.ui.internal.LaminaJobs.MARKERS_FAMILY;
            }
        };
        job.setSystem(true);
        job.setRule(file);
        job.schedule();
    }

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta == null) {
            getProject().accept(resource -> {
                check(resource, monitor);
                return true;
            });
        } else {
            delta.accept(d -> {
                if (d.getKind() != IResourceDelta.REMOVED) {
                    check(d.getResource(), monitor);
                }
                return true;
            });
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
        getProject().deleteMarkers(RunConfigMarkers.TYPE, false, IResource.DEPTH_INFINITE);
    }

    private static void check(IResource resource, IProgressMonitor monitor) throws CoreException {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (!(resource instanceof IFile file) || !file.exists() || file.isDerived() || CLAIMED.containsKey(file)) {
            return;
        }
        String name = file.getName();
        if (name.endsWith(LaminaFormat.EXTENSION)) {
            checkModel(file);
        } else if (isRunFile(name)) {
            checkRunFile(file);
        }
    }

    /** Whether a file of this name is a run file, as the run file editor is registered for. */
    static boolean isRunFile(String name) {
        return name.equals("run.json") || name.endsWith(".run.json");
    }

    private static void checkModel(IFile file) throws CoreException {
        String text;
        try {
            text = read(file);
        } catch (IOException e) {
            return; // unreadable: the editor says so when it is opened
        }
        try {
            Model model = LaminaFormat.read(text, file.getName());
            ProblemMarkers.mark(file, model, null);
        } catch (ModelLoadException e) {
            ProblemMarkers.mark(file, null, e);
        }
    }

    private static void checkRunFile(IFile file) throws CoreException {
        String text;
        try {
            text = read(file);
        } catch (IOException e) {
            return;
        }
        try {
            RunFile.read(text, file.getLocation() == null ? Path.of(file.getName()) : file.getLocation().toFile()
                    .toPath());
            RunConfigMarkers.mark(file, null);
        } catch (RunConfigException e) {
            // named as the editor names it: as lamina train run in the file's folder would
            RunConfigMarkers.mark(file, new RunConfigException(Path.of(file.getName()), e.line(), e.column(),
                    e.path(), e.reason(), e));
        }
    }

    private static String read(IFile file) throws IOException, CoreException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
