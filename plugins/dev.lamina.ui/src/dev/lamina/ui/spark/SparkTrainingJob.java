// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.lamina.engine.spark.SparkLaunch;
import dev.lamina.engine.spark.SparkLaunchException;
import dev.lamina.run.events.RunListener.EpochReport;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.SparkSettings;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;
import dev.lamina.ui.runs.RunConsole;
import dev.lamina.ui.runs.RunCurves;
import dev.lamina.ui.runs.RunJob;

/**
 * Run As &gt; Lamina Training on a run file whose {@code spark.master} is set: the engine's {@link SparkLaunch}, as
 * {@code lamina train RUN.json} starts it (a child JVM for {@code local[N]}, {@code spark-submit} for a cluster). The
 * job's lines go to the run's console; the Run view gets each epoch from the run folder's {@code metrics.csv} that the
 * driver writes. Cancelling stops the job's JVM.
 */
public final class SparkTrainingJob extends RunJob {

    private static final Pattern RUN_FOLDER = Pattern.compile("^Run folder: (.+)$");
    private static final Pattern EPOCH = Pattern.compile("^Epoch (\\d+)/(\\d+) - ");

    private final IFile runFile;
    private final String master;
    private volatile SparkLaunch launch;
    private int epochsShown;

    public SparkTrainingJob(IFile runFile, String master, RunConsole console) {
        super(NLS.bind(Messages.Job_name, runFile.getFullPath(), master), runFile.getParent(), console,
                new RunCurves(runFile.getFullPath().toString(), master));
        this.runFile = runFile;
        this.master = master;
    }

    /** The Spark master {@code runFile} names; empty when it names none or does not read (local training says why). */
    public static Optional<String> master(IFile runFile) {
        try {
            return RunFile.load(runFile.getLocation().toPath()).spark().flatMap(SparkSettings::masterUrl);
        } catch (RuntimeException e) { // DataException: the run file does not read
            return Optional.empty();
        }
    }

    @Override
    protected void canceling() {
        SparkLaunch running = launch;
        if (running != null) {
            running.cancel();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            launch = SparkLaunch.prepare(runFile.getLocation().toPath(), master, null, System::getenv);
            console().println((launch.local() ? "Spark job: " : "spark-submit: ") + launch.commandLine());
            if (!launch.runnable()) {
                return failed(Messages.Job_noSubmit, null);
            }
            int status = launch.run(line -> line(line, monitor));
            epochs(0);
            if (monitor.isCanceled()) {
                curves().failed("stopped");
                return Status.CANCEL_STATUS;
            }
            if (status != 0) {
                String message = NLS.bind(Messages.Job_failed, status);
                curves().failed(message);
                return Status.error(message);
            }
            curves().finished(new RunResult(RunResult.Outcome.COMPLETED, List.of(), Messages.Job_done));
            return Status.OK_STATUS;
        } catch (SparkLaunchException e) {
            return failed(e.getMessage(), null);
        } finally {
            refresh();
            monitor.done();
        }
    }

    private void line(String line, IProgressMonitor monitor) {
        console().println(line);
        Matcher named = RUN_FOLDER.matcher(line);
        if (named.matches()) {
            folderKnown(Path.of(named.group(1)));
        }
        Matcher epoch = EPOCH.matcher(line);
        if (epoch.find()) {
            monitor.subTask(line);
            epochs(Integer.parseInt(epoch.group(2)));
        }
    }

    /** Hands the Run view the epochs of metrics.csv it has not shown yet. */
    private void epochs(int total) {
        Path shown = folder();
        if (shown == null || !Files.isRegularFile(shown.resolve(RunLayout.METRICS))) {
            return;
        }
        try {
            List<EpochMetrics> rows = MetricsCsv.read(shown.resolve(RunLayout.METRICS));
            for (EpochMetrics m : rows.subList(Math.min(epochsShown, rows.size()), rows.size())) {
                curves().epochEnded(new EpochReport(m, Math.max(total, m.epoch()), 0, 0, 0));
            }
            epochsShown = rows.size();
        } catch (RuntimeException e) {
            // the driver is writing the file: the next epoch line reads it again
        }
    }
}
