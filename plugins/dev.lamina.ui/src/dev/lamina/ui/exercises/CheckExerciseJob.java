// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.exercises;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;

import dev.lamina.course.exercise.ExerciseChecker;
import dev.lamina.course.exercise.ExerciseFile;
import dev.lamina.course.exercise.ExerciseReport;
import dev.lamina.course.exercise.ExerciseRules;
import dev.lamina.data.DataException;

/**
 * *Check My Solution*: {@code lamina exercise check}'s checker on the project's model and its newest run, the
 * outcome kept on the project and its decoration refreshed.
 */
public final class CheckExerciseJob extends Job {

    /** The family of exercise checks. */
    public static final Object FAMILY = CheckExerciseJob.class;

    private final IProject project;
    private final Consumer<ExerciseReport> done;
    private volatile ExerciseReport report;

    /** @param done told the report on the job's thread, or not at all when the exercise file is unreadable */
    public CheckExerciseJob(IProject project, Consumer<ExerciseReport> done) {
        super(NLS.bind(Messages.Exercises_checking, project.getName()));
        this.project = project;
        this.done = done;
        setRule(project);
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Path location = project.getLocation().toPath();
        ExerciseRules rules;
        try {
            rules = ExerciseFile.load(location.resolve(ExerciseFile.NAME));
        } catch (DataException e) {
            return Status.error(e.getMessage(), e);
        }
        Path run = ExerciseLocations.latestRun(project).orElse(null);
        report = ExerciseChecker.check(rules, location.resolve(ExerciseChecker.MODEL_DOCUMENT), run);
        try {
            ExerciseState.of(report).store(project);
        } catch (CoreException e) {
            return e.getStatus();
        }
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().getDecoratorManager()
                    .update(ExerciseDecorator.ID));
        }
        done.accept(report);
        return Status.OK_STATUS;
    }

    /** The report, once the job ran. */
    public ExerciseReport report() {
        return report;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
