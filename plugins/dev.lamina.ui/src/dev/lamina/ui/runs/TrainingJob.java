// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
import dev.lamina.run.events.RunEventLines;
import dev.lamina.run.events.RunEventLines.OpenedRun;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunListeners;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.process.TrainingProcess;
import dev.lamina.run.process.TrainingProcessException;
import dev.lamina.ui.internal.Messages;

/**
 * Trains the run of a {@code run.json} the way {@code lamina train RUN.json} does ({@link NewRun}: the same run
 * folder in {@code runs/} beside it, the same files). Progress per batch, the epoch in the sub-task; cancelling the
 * job stops the run before its next batch, which keeps the last checkpoint and {@code model.zip}.
 * <p>
 * In the product the run trains in a process of its own, {@code lamina train ARGS --events} started by the product's
 * launcher at a lower priority than the UI ({@link TrainingProcess}): its threads, collector and compilers then leave
 * the UI's process a core, and its heap is not the UI's. Where there is no launcher (a workbench started by tests)
 * or {@value TrainingProcess#LAUNCHER_PROPERTY} is {@code false}, it trains in this process on a thread of its own
 * at that lower priority ({@link TrainingThread}).
 */
public final class TrainingJob extends RunJob {

    private static final int TICKS = 10_000;

    /** Opens the run to train: a new run from a run file, a re-run of a run folder's settings, a resumed run. */
    @FunctionalInterface
    public interface Opener {
        StartedRun open() throws RunPreparationException, IOException;
    }

    private final List<String> arguments;
    private final Opener opener;
    private final Trainer trainer = new Trainer();
    private volatile TrainingProcess process;
    private volatile boolean cancelled;

    public TrainingJob(IFile runFile, RunConsole console) {
        this(runFile.getFullPath().toString(), runFile.getParent(),
                List.of(runFile.getLocation().toFile().toPath().toAbsolutePath().toString()),
                () -> NewRun.fromRunFile(runFile.getLocation().toFile().toPath()), console);
    }

    /**
     * A run named {@code name} (a workspace path) that {@code lamina train ARGUMENTS} trains in a process of its own
     * and {@code opener} opens where it trains in this one; {@code parent} is refreshed when the run folder appears
     * and when the run ends.
     */
    public TrainingJob(String name, IContainer parent, List<String> arguments, Opener opener, RunConsole console) {
        super(NLS.bind(Messages.Train_job, name), parent, console, new RunCurves(name, Messages.RunView_preparing));
        this.arguments = List.copyOf(arguments);
        this.opener = opener;
    }

    @Override
    protected void canceling() {
        cancelled = true;
        trainer.cancel();
        TrainingProcess running = process;
        if (running != null) {
            running.cancel();
        }
        curves().setStatus(Messages.RunView_stopping);
    }

    /** The resident memory of the process that trains the run, while it trains in a process of its own. */
    public OptionalLong processResidentBytes() {
        TrainingProcess running = process;
        return running == null ? OptionalLong.empty() : running.residentBytes();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Optional<Path> launcher = TrainingProcess.launcher();
        return launcher.isPresent() ? runProcess(launcher.get(), monitor) : runHere(monitor);
    }

    private IStatus runProcess(Path launcher, IProgressMonitor monitor) {
        monitor.beginTask(getName(), TICKS);
        TrainingProcess training = new TrainingProcess(
                TrainingProcess.command(List.of(launcher.toString()), arguments));
        process = training;
        if (cancelled) {
            training.cancel();
        }
        try {
            RunListener listeners = RunListeners.inOrder(curves(), console(), progress(monitor));
            RunEventLines.Receiver receiver = RunEventLines.receiver(this::opened, listeners);
            RunResult result;
            try {
                result = training.run(receiver, console()::println);
            } catch (TrainingProcessException e) {
                if (cancelled && folder() == null) { // stopped before its process had opened a run folder
                    curves().finished(new RunResult(RunResult.Outcome.CANCELLED, List.of(), e.getMessage()));
                    return Status.CANCEL_STATUS;
                }
                return failed(e.getMessage(), null);
            }
            return ended(result);
        } finally {
            process = null;
            refresh();
            monitor.done();
        }
    }

    private IStatus ended(RunResult result) {
        if (result.outcome().failed()) {
            return Status.error(result.message());
        }
        if (result.outcome() == RunResult.Outcome.CANCELLED) {
            return Status.CANCEL_STATUS;
        }
        Path runFolder = folder();
        if (runFolder != null) {
            console().println("Saved " + runFolder.resolve(RunLayout.TRAINED_MODEL));
        }
        return Status.OK_STATUS;
    }

    /** A training process opened its run: reported as the in-process path reports it. */
    private void opened(OpenedRun run) {
        console().println(run.description());
        console().println("Run folder: " + run.folder());
        folderKnown(run.folder());
        curves().setDevice(run.device());
        curves().setStatus(cancelled ? Messages.RunView_stopping : Messages.RunView_running);
    }

    private IStatus runHere(IProgressMonitor monitor) {
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
            curves().setDevice(EngineProbe.firstDevice());
            curves().setStatus(Messages.RunView_running);
            RunResult result;
            try {
                RunListener listeners = RunListeners.inOrder(curves(), console(), progress(monitor));
                result = TrainingThread.call("Lamina training " + getName(), () -> run.train(trainer, listeners));
            } catch (RuntimeException | LinkageError e) {
                return failed(messageOf(e), e);
            }
            return ended(result);
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
                if (monitor.isCanceled() && !cancelled) {
                    canceling();
                }
            }
        };
    }
}
