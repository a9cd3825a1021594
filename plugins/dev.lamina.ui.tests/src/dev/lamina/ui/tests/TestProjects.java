// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.ModelFile;

/** The UI tests' projects: made and opened in the workspace, with Fashion-MNIST class folders and a run file. */
final class TestProjects {

    private TestProjects() {
    }

    /** The project {@code name}, made when it is missing, open. */
    static IProject open(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        return project;
    }

    /** Project {@code name} with the first {@code count} Fashion-MNIST training images in {@code data/train}. */
    static IFolder fashionTraining(String name, int count) throws Exception {
        IProject project = open(name);
        FashionFolders.exportTraining(count, project.getLocation().toPath().resolve("data/train"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project.getFolder("data/train");
    }

    /**
     * Project {@code name} with Fashion-MNIST in {@code data/train} and {@code data/validation}
     * ({@link FashionFolders#export}), the course's MNIST model as {@code models/fashion.lamina} and {@code runJson}
     * as {@code runs/run.json}, which it returns.
     */
    static IFile fashionRun(String name, int train, int validation, String runJson) throws Exception {
        IProject project = open(name);
        Path dir = project.getLocation().toPath();
        FashionFolders.export(dir, train, validation);
        Files.createDirectories(dir.resolve("models"));
        ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve("models/fashion.lamina"));
        Files.createDirectories(dir.resolve("runs"));
        Files.writeString(dir.resolve("runs/run.json"), runJson);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project.getFile("runs/run.json");
    }

    /** The entries of a folder, sorted. */
    static List<Path> files(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    /** How many entries a folder holds; 0 when there is no such folder. */
    static int count(Path folder) {
        try (var list = Files.list(folder)) {
            return (int) list.count();
        } catch (IOException e) {
            return 0;
        }
    }
}
