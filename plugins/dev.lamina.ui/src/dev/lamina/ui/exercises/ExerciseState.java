// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.exercises;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;

import dev.lamina.course.exercise.ExerciseReport;

/**
 * The outcome of a project's last *Check My Solution*, kept as a persistent property of the project so that the
 * Exercises view and the project's decoration show it after a restart.
 *
 * @param passed  whether no rule failed
 * @param failing how many rules failed
 * @param rules   how many rules were checked (skipped ones included)
 */
public record ExerciseState(boolean passed, int failing, int rules) {

    static final QualifiedName KEY = new QualifiedName("dev.lamina.ui", "exerciseState");

    static ExerciseState of(ExerciseReport report) {
        int failing = (int) report.results().stream().filter(r -> r.failed()).count();
        return new ExerciseState(report.passed(), failing, report.results().size());
    }

    /** The project's last state, or {@code null} when it was never checked (or the project is closed). */
    public static ExerciseState of(IProject project) {
        try {
            return project.isOpen() ? parse(project.getPersistentProperty(KEY)) : null;
        } catch (CoreException e) {
            return null;
        }
    }

    void store(IProject project) throws CoreException {
        project.setPersistentProperty(KEY, (passed ? "passed" : "failed") + ";" + failing + ";" + rules);
    }

    static ExerciseState parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(";");
        try {
            return parts.length == 3
                    ? new ExerciseState(parts[0].equals("passed"), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]))
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
