// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.io.IOException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.lamina.engine.info.EngineProbe;
import dev.lamina.engine.run.NewRun;
import dev.lamina.engine.run.RunPreparationException;
import dev.lamina.engine.run.StartedRun;
import dev.lamina.engine.training.Trainer;
import dev.lamina.engine.training.TrainingThread;
import dev.lamina.run.events.EpochLines;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunListeners;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.internal.Messages;

/**
 * Trains the run of a {@code run.json} the way {@code lamina train RUN.json} does ({@link NewRun}: the same run
 * folder in {@code runs/} beside it, the same files). Progress per batch, the epoch in the sub-task; cancelling the
 * job cancels the trainer, which stops before its next batch and keeps the last checkpoint and {@code model.zip}.
 * The training itself runs on a thread of its own at a lower priority than the UI ({@link TrainingThread}).
 */
public final class TrainingJob extends RunJob {

    private static final int TICKS = 10_000;

    /** Opens the run to train: a new run from a run file, a re-run of a run folder's settings, a resumed run. */
    @FunctionalInterface
    public interface Opener {
        StartedRun open() throws RunPreparationException, IOException;
    }

    private final Opener opener;
    private final Trainer trainer = new Trainer();

    public TrainingJob(IFile runFile, RunConsole console) {
        this(runFile.getFullPath().toString(), runFile.getParent(),
                () -> NewRun.fromRunFile(runFile.getLocation().toFile().toPath()), console);
    }

    /**
     * A run named {@code name} (a workspace path) that {@code opener} opens; {@code parent} is refreshed when the run
     * folder appears and when the run ends.
     */
    public TrainingJob(String name, IContainer parent, Opener opener, RunConsole console) {
        super(NLS.bind(Messages.Train_job, name), parent, console, new RunCurves(name, Messages.RunView_preparing));
        this.opener = opener;
    }

    @Override
    protected void canceling() {
        trainer.cancel();
        curves().setStatus(Messages.RunView_stopping);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), TICKS);
        try {
            StartedRun run;
            try {
                run = opener.open();
            } catch (RunPreparationException | IOException | RuntimeException e) {
                return failed(messageOf(e), e);
            }
            console().println(run.description());
            console().println("Run folder: " + run.folder().folder());
            folderKnown(run.folder().folder());
            curves().setDevice(device());
            curves().setStatus(Messages.RunView_running);
            RunResult result;
            try {
                RunListener listeners = RunListeners.inOrder(curves(), console(), progress(monitor));
                result = TrainingThread.call("Lamina training " + getName(), () -> run.train(trainer, listeners));
            } catch (RuntimeException | LinkageError e) {
                return failed(messageOf(e), e);
            }
            if (result.outcome().failed()) {
                return Status.error(result.message());
            }
            if (result.outcome() == RunResult.Outcome.CANCELLED) {
                return Status.CANCEL_STATUS;
            }
            console().println("Saved " + run.folder().folder().resolve(RunLayout.TRAINED_MODEL));
            return Status.OK_STATUS;
        } finally {
            refresh();
            monitor.done();
        }
    }

    /** Moves the job's progress bar per batch and names the epoch; asks the trainer to stop when cancelled. */
    private RunListener progress(IProgressMonitor monitor) {
        return new RunListener() {
            private int epochs = 1;
            private int reported;

            @Override
            public void started(RunStart start) {
                epochs = Math.max(1, start.epochs());
            }

            @Override
            public void iteration(IterationProgress p) {
                if (p.batch() == 1) {
                    monitor.subTask(EpochLines.header(p.epoch(), epochs));
                }
                double done = (p.epoch() - 1 + (double) p.batch() / Math.max(1, p.batches())) / epochs;
                int ticks = (int) (done * TICKS);
                if (ticks > reported) {
                    monitor.worked(ticks - reported);
                    reported = ticks;
                }
                if (monitor.isCanceled()) {
                    trainer.cancel();
                }
            }
        };
    }

    /** The first device the engine reports, as {@code lamina version} names it; empty when the probe fails. */
    private static String device() {
        try {
            java.util.List<String> devices = EngineProbe.probe().devices();
            return devices.isEmpty() ? "" : devices.getFirst();
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }
}
