// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.lamina.engine.run.NewRun;
import dev.lamina.engine.run.ResumedRun;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.runs.RunConsole;
import dev.lamina.ui.runs.TrainingJob;

/**
 * Starts a run from a past one as a {@link TrainingJob} the one way the Train command does ({@link TrainingJob#start}:
 * its console, the Run view shown and attached to the new run): a re-run of the folder's {@code run.json} into the
 * same {@code runs/} folder ({@link NewRun}), or the run continued from its checkpoint ({@link ResumedRun}, the code
 * of {@code lamina train --resume}).
 */
final class RunLauncher {

    private RunLauncher() {
    }

    static TrainingJob rerun(IWorkbenchPage page, IFolder run) throws PartInitException {
        Path folder = WorkspaceRuns.location(run);
        return start(page, new TrainingJob(run.getFullPath().toString(), run.getParent(),
                List.of(folder.resolve(RunLayout.RUN).toString(), "--runs", folder.getParent().toString()),
                () -> NewRun.create(RunFile.load(folder.resolve(RunLayout.RUN)), folder.getParent(), null),
                RunConsole.open(run.getFullPath().toString())));
    }

    static TrainingJob resume(IWorkbenchPage page, IFolder run) throws PartInitException {
        Path folder = WorkspaceRuns.location(run);
        return start(page, new TrainingJob(run.getFullPath().toString(), run,
                List.of("--resume", folder.toString()), () -> ResumedRun.open(folder),
                RunConsole.open(run.getFullPath().toString())));
    }

    private static TrainingJob start(IWorkbenchPage page, TrainingJob job) throws PartInitException {
        job.start(page);
        return job;
    }
}
