// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.evaluation;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.lamina.data.DataException;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.engine.archive.ModelArchiveException;
import dev.lamina.engine.inference.Evaluation;
import dev.lamina.engine.inference.EvaluationData;
import dev.lamina.engine.inference.TrainedModel;
import dev.lamina.engine.run.RunPreparationException;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.internal.LaminaJobs;

/**
 * Evaluates a run's {@code model.zip} as {@code lamina evaluate} does ({@link TrainedModel#evaluate} on
 * {@link EvaluationData}): on the run's validation data, or on a folder of class folders. The outcome goes to
 * {@code done} on the job's thread; a problem with the input is an outcome with a message, not a failed job.
 */
public final class EvaluationJob extends Job {

    /** What an evaluation produced: the numbers and the data (for thumbnails), or the one-line problem. */
    public record Outcome(Path run, String dataName, SampleSource data, Evaluation evaluation, String problem) {
    }

    private final Path run;
    private final Path folder;
    private final Consumer<Outcome> done;

    /**
     * @param folder a folder of class folders, or {@code null} for the run's validation data
     */
    public EvaluationJob(Path run, Path folder, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Evaluation_job, run.getFileName()));
        this.run = run;
        this.folder = folder;
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LaminaJobs.EVALUATION_FAMILY || family == LaminaJobs.ENGINE_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String dataName = folder == null ? Messages.Evaluation_validation : folder.toString();
        monitor.beginTask(NLS.bind(Messages.Evaluation_running, run.getFileName(), dataName),
                IProgressMonitor.UNKNOWN);
        try {
            TrainedModel model = TrainedModel.load(RunLayout.trainedModel(run));
            SampleSource data = folder == null ? EvaluationData.validation(run)
                    : EvaluationData.folder(model.metadata(), folder);
            if (data == null) {
                done.accept(new Outcome(run, dataName, null, null, NLS.bind(Messages.Evaluation_noValidation,
                        run.getFileName())));
                return Status.OK_STATUS;
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            done.accept(new Outcome(run, dataName, data, model.evaluate(data), null));
        } catch (ModelArchiveException | RunPreparationException | DataException | IllegalArgumentException e) {
            done.accept(new Outcome(run, dataName, null, null, e.getMessage()));
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }
}
