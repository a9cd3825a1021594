// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig.launch;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.lamina.ui.runs.TrainHandler;

/**
 * Runs a Lamina Training configuration: the training job of its run file (local, or on Spark when the file names a
 * Spark master), started as Lamina &gt; Train starts it (console, Run view). The launch leaves the launch manager when the job ends.
 */
public class TrainingLaunchDelegate extends LaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        IFile runFile = TrainingLaunches.runFile(configuration);
        AtomicReference<Object> started = new AtomicReference<>();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            try {
                started.set(window == null ? null : TrainHandler.start(window.getActivePage(), runFile));
            } catch (PartInitException e) {
                started.set(e);
            }
        });
        if (started.get() instanceof PartInitException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
        if (!(started.get() instanceof Job job)) {
            throw new CoreException(Status.error(Messages.Launch_noWindow));
        }
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                TrainingLaunches.manager().removeLaunch(launch);
            }
        });
        if (job.getState() == Job.NONE && job.getResult() != null) {
            TrainingLaunches.manager().removeLaunch(launch); // it ended before the listener came
        }
    }


    /** Nothing to compile: the run file and model are read as they are on disk. */
    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }
}
