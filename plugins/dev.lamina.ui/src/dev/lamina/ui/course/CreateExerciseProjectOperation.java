// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.course;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.lamina.data.DataException;
import dev.lamina.course.faces.FaceGenerator;
import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.project.LaminaProjectLayout;
import dev.lamina.ui.project.CreateLaminaProjectOperation;

/**
 * Turns a {@link CourseExercise} into a workspace project: a Lamina project whose files are the exercise's as they
 * are in {@code examples/ID/} (model, {@code run.json}, README, {@code exercise.json}, the data that ships; the
 * layout {@code lamina exercise check} and the README's commands expect), an empty {@code runs/} folder and, for
 * happy-or-sad, the course's 80 generated faces. One workspace change.
 */
public class CreateExerciseProjectOperation extends WorkspaceModifyOperation {

    private final CourseExercise exercise;
    private final IProject project;

    public CreateExerciseProjectOperation(CourseExercise exercise, IProject project) {
        super(project.getWorkspace().getRoot());
        this.exercise = exercise;
        this.project = project;
    }

    /** The exercise's model in the new project. */
    public IFile model() {
        return project.getFile(exercise.modelPath());
    }

    /** The exercise's README in the new project. */
    public IFile readme() {
        return project.getFile("README.md");
    }

    @Override
    protected void execute(IProgressMonitor monitor) throws CoreException {
        List<URL> files = shippedFiles(exercise);
        if (files.isEmpty()) {
            throw new CoreException(Status.error(NLS.bind(Messages.Exercise_missing, exercise.id())));
        }
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Exercise_creating, exercise.title()),
                3 + files.size() + 10);
        CreateLaminaProjectOperation.create(project, null, List.of(LaminaProjectLayout.RUNS), progress);
        String prefix = "/" + CourseExercise.BUNDLE_FOLDER + "/" + exercise.id() + "/";
        for (URL url : files) {
            String relative = url.getPath().substring(url.getPath().indexOf(prefix) + prefix.length());
            IFile file = project.getFile(IPath.fromPortableString(relative));
            createParents(file.getParent(), progress.split(0));
            try (InputStream in = url.openStream()) {
                file.create(in, IResource.FORCE, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(Status.error(NLS.bind(Messages.Exercise_copyFailed, relative, e.getMessage()), e));
            }
        }
        if (exercise.id().equals("happy-or-sad")) {
            generateFaces(progress.split(10));
        }
    }

    /** The course's happy-or-sad photos cannot ship; the exercise draws its stand-in, as {@code lamina exercise generate}. */
    private void generateFaces(IProgressMonitor monitor) throws CoreException {
        monitor.subTask(Messages.Exercise_generatingFaces);
        IFolder target = project.getFolder(IPath.fromPortableString(LaminaProjectLayout.DATA + "/happy-or-sad"));
        createParents(target.getParent(), monitor);
        Path out = target.getLocation().toPath();
        try {
            FaceGenerator.defaults().writeTo(out);
        } catch (DataException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
        target.refreshLocal(IResource.DEPTH_INFINITE, monitor);
    }

    private static void createParents(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createParents(folder.getParent(), monitor);
            folder.create(true, true, monitor);
        }
    }

    /** Every file the product ships for the exercise, sorted by path. */
    static List<URL> shippedFiles(CourseExercise exercise) {
        Bundle bundle = FrameworkUtil.getBundle(CreateExerciseProjectOperation.class);
        Enumeration<URL> entries = bundle.findEntries(CourseExercise.BUNDLE_FOLDER + "/" + exercise.id(), "*", true);
        List<URL> files = new ArrayList<>();
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            if (!url.getPath().endsWith("/")) {
                files.add(url);
            }
        }
        files.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return files;
    }

    /** {@code id}, or {@code id-2}, {@code id-3}, … : the first name no project in the workspace has. */
    public static String freeProjectName(org.eclipse.core.resources.IWorkspaceRoot root, String id) {
        String name = id;
        for (int n = 2; root.getProject(name).exists(); n++) {
            name = id + "-" + n;
        }
        return name;
    }
}
