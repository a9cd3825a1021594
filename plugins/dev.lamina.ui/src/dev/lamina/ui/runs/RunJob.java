// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;

import dev.lamina.ui.internal.LaminaJobs;

/**
 * A job that trains one run with a Console page and the Run view: what training on this machine
 * ({@link TrainingJob}) and on Spark ({@code dev.lamina.ui.spark.SparkTrainingJob}) start and report the same way.
 * It shows its console and the Run view when started, names the run folder to both once known, says why a run
 * failed in both, and refreshes the workspace folder the run lands in.
 */
public abstract class RunJob extends Job {

    private final IContainer parent;
    private final RunConsole console;
    private final RunCurves curves;
    private volatile Path folder;

    /** A job named {@code name} whose run folder appears in {@code parent}. */
    protected RunJob(String name, IContainer parent, RunConsole console, RunCurves curves) {
        super(name);
        this.parent = parent;
        this.console = console;
        this.curves = curves;
        setUser(true);
    }

    public RunCurves curves() {
        return curves;
    }

    public RunConsole console() {
        return console;
    }

    /** The run's folder once it is created or reopened; {@code null} before (or when preparing it failed). */
    public Path folder() {
        return folder;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LaminaJobs.TRAINING_FAMILY;
    }

    /** Displays the run's console, attaches the Run view to this job and schedules it. */
    public void start(IWorkbenchPage page) throws PartInitException {
        IConsoleView consoles = (IConsoleView) page.showView(IConsoleConstants.ID_CONSOLE_VIEW, null,
                IWorkbenchPage.VIEW_VISIBLE);
        consoles.display(console.console());
        RunView view = (RunView) page.showView(RunView.ID);
        view.attach(curves, this);
        schedule();
    }

    /** The run folder is known: the Run view names it and the workspace shows it. */
    protected void folderKnown(Path runFolder) {
        folder = runFolder;
        curves.setName(runFolder.getFileName().toString());
        curves.setFolder(runFolder);
        refresh();
    }

    /** The run could not start or failed: the console and the Run view say {@code message}; the job's error. */
    protected IStatus failed(String message, Throwable cause) {
        console.println(message);
        curves.failed(message);
        return cause == null ? Status.error(message) : Status.error(message, cause);
    }

    /** The message of {@code e}, or its name when it has none. */
    protected static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Refreshes the folder the run lands in (the run folder on disk is what counts either way). */
    protected void refresh() {
        try {
            parent.refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (CoreException e) {
            // the run folder is on disk either way; the Project Explorer catches up on the next refresh
        }
    }
}
