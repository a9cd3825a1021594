// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.exercises;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;

import dev.lamina.course.exercise.ExerciseChecker;
import dev.lamina.course.exercise.ExerciseFile;
import dev.lamina.run.folder.RunLayout;

/** Where a project's exercise, model and runs lie: {@code exercise.json} and {@code model.lamina} at its root. */
final class ExerciseLocations {

    private static final String RUNS = "runs";

    private ExerciseLocations() {
    }

    /** The open projects that hold an exercise, by name. */
    static List<IProject> all() {
        List<IProject> projects = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (isExercise(project)) {
                projects.add(project);
            }
        }
        projects.sort(Comparator.comparing(IProject::getName));
        return projects;
    }

    static boolean isExercise(IProject project) {
        return project.isOpen() && project.getFile(ExerciseFile.NAME).exists();
    }

    static IFile exerciseFile(IProject project) {
        return project.getFile(ExerciseFile.NAME);
    }

    static IFile model(IProject project) {
        return project.getFile(ExerciseChecker.MODEL_DOCUMENT);
    }

    /** The newest run folder under {@code runs/} that has metrics, if any. */
    static Optional<Path> latestRun(IProject project) {
        if (project.getLocation() == null) {
            return Optional.empty();
        }
        Path runs = project.getLocation().toPath().resolve(RUNS);
        if (!Files.isDirectory(runs)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve(RunLayout.METRICS)))
                    .max(Comparator.comparingLong(folder -> modified(folder.resolve(RunLayout.METRICS))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
