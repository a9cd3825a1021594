// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.ui.internal.LaminaJobs;
import dev.lamina.ui.runs.TrainingShutdownGuard;

/** Closing the workbench while a training job runs: asked with real clicks; No keeps it, Yes stops it first. */
@ExtendWith(FailOnLoggedErrors.class)
class TrainingShutdownGuardTest {

    /** Stands in for a training job: runs until cancelled, then takes a moment to "save", as the trainer does. */
    private static final class RunUntilCancelled extends Job {
        volatile boolean saved;

        RunUntilCancelled() {
            super("training stand-in");
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == LaminaJobs.TRAINING_FAMILY;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            while (!monitor.isCanceled()) {
                Ui.sleep(20);
            }
            Ui.sleep(300);
            saved = true;
            return Status.CANCEL_STATUS;
        }
    }

    private final RunUntilCancelled training = new RunUntilCancelled();

    @AfterEach
    void stopTheStandIn() throws InterruptedException {
        training.cancel();
        training.join();
    }

    @Test
    void noTrainingClosesWithoutAsking() {
        assertTrue(Ui.sync(() -> new TrainingShutdownGuard().preShutdown(PlatformUI.getWorkbench(), false)));
    }

    @Test
    void closingDuringTrainingAsksAndNoKeepsItRunningWhileYesStopsItFirst() {
        training.schedule();
        Ui.waitUntil("the stand-in to run", () -> training.getState() == Job.RUNNING);

        AtomicReference<Boolean> answer = new AtomicReference<>();
        Ui.display().asyncExec(() -> answer.set(new TrainingShutdownGuard().preShutdown(PlatformUI.getWorkbench(),
                false)));
        Shell question = Ui.waitForShell("Stop Training?");
        Ui.screenshot(question, "close-during-training");
        Ui.click(Ui.button(question, "No"));
        Ui.waitUntil("the guard's answer", () -> answer.get() != null);
        assertFalse(answer.get(), "No keeps the workbench open");
        assertEquals(Job.RUNNING, training.getState(), "and the training running");

        answer.set(null);
        Ui.display().asyncExec(() -> answer.set(new TrainingShutdownGuard().preShutdown(PlatformUI.getWorkbench(),
                false)));
        question = Ui.waitForShell("Stop Training?");
        Ui.click(Ui.button(question, "Yes"));
        Ui.waitUntil("the guard's answer", () -> answer.get() != null);
        assertTrue(answer.get(), "Yes lets the workbench close");
        assertTrue(training.saved, "only once the training had stopped and saved");
        assertEquals(Job.NONE, training.getState());
    }

    @Test
    void aForcedCloseStopsTheTrainingWithoutAsking() {
        training.schedule();
        Ui.waitUntil("the stand-in to run", () -> training.getState() == Job.RUNNING);
        assertTrue(Ui.sync(() -> new TrainingShutdownGuard().preShutdown(PlatformUI.getWorkbench(), true)));
        assertTrue(training.saved);
        assertNull(Ui.sync(() -> {
            for (Shell shell : Ui.display().getShells()) {
                if (shell.isVisible() && "Stop Training?".equals(shell.getText())) {
                    return shell;
                }
            }
            return null;
        }));
    }
}
