// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;

import dev.lamina.ui.internal.LaminaJobs;
import dev.lamina.ui.internal.Messages;

/**
 * Closing the workbench while a training runs asks first; stopping cancels the runs and waits until each trainer has
 * stopped at its next batch and kept what it trained (checkpoint, {@code model.zip}), so nothing is cut off half-way.
 */
public final class TrainingShutdownGuard implements IWorkbenchListener {

    /** How long the workbench waits for a run to stop before it closes anyway. */
    static final long STOP_WAIT_MS = 60_000;

    @Override
    public boolean preShutdown(IWorkbench workbench, boolean forced) {
        Job[] running = Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY);
        if (running.length == 0) {
            return true;
        }
        Shell shell = workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getShell();
        if (!forced && !MessageDialog.openQuestion(shell, Messages.Train_closeTitle, Messages.Train_closeMessage)) {
            return false;
        }
        for (Job job : running) {
            job.cancel();
        }
        try {
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask(Messages.Train_closeStopping, running.length);
                long deadline = System.currentTimeMillis() + STOP_WAIT_MS;
                for (Job job : running) {
                    awaitEnd(job, deadline);
                    monitor.worked(1);
                }
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            // closing anyway: the run's log says how far it got
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /**
     * Polls the job's state rather than {@code Job.join(timeout, monitor)}, which returned before a running job had
     * ended in one CI run out of several (the trainer's save was then cut off).
     */
    private static void awaitEnd(Job job, long deadline) throws InterruptedException {
        while (job.getState() != Job.NONE && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    @Override
    public void postShutdown(IWorkbench workbench) {
    }
}
