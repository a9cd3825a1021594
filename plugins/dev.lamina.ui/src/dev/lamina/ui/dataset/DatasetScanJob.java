// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.lamina.data.DataException;
import dev.lamina.data.folder.DatasetScanner;
import dev.lamina.data.folder.ScanOptions;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.folder.ValidationPart;
import dev.lamina.run.config.RunDataset;

/**
 * Scans a dataset folder with the data bundle's {@link DatasetScanner}, the scan {@code lamina data scan} prints,
 * in three passes: files counted by their names (class counts at once, even for tens of thousands of files, no file
 * opened), headers read, then every file decoded (truncated and corrupt files found), after which the Problems
 * markers are written. Each pass hands its report to the editor; a failure to scan at all is handed over as its
 * one-line message.
 */
final class DatasetScanJob extends Job {

    /**
     * What the editor is told: a report (and whether every file was decoded) with its division into training and
     * validation when a run file gives one (else {@code null}, and why when the run file does not read), or the
     * reason there is no report.
     */
    interface Listener {
        /** Files counted by name ({@link DatasetScanner#countFolder}): no headers, no division yet. */
        void counted(ScanReport counts);

        void scanned(ScanReport report, ValidationPart validation, String validationProblem, boolean verified);

        void failed(String message);
    }

    private final IContainer folder;
    private final Supplier<IFile> runFile;
    private final Listener listener;

    /** @param runFile the run file whose validation to show, asked at each scan; {@code null} for none */
    DatasetScanJob(IContainer folder, Supplier<IFile> runFile, Listener listener) {
        super(NLS.bind(Messages.Editor_scanJob, folder.getName()));
        this.folder = folder;
        this.runFile = runFile;
        this.listener = listener;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Path path = folder.getLocation().toPath();
            RunDataset run = null;
            String runProblem = null;
            IFile file = runFile.get();
            if (file != null && file.getLocation() != null) {
                try {
                    run = RunDataset.load(file.getLocation().toPath());
                } catch (DataException e) {
                    runProblem = e.getMessage();
                }
            }
            ScanOptions quickOptions = ScanOptions.defaults().withVerify(false);
            listener.counted(new DatasetScanner(quickOptions).countFolder(path));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            ScanReport quick = new DatasetScanner(quickOptions).scanFolder(path);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Division quickDivision = divide(run, runProblem, quick, quickOptions);
            listener.scanned(quick, quickDivision.part(), quickDivision.problem(), false);
            // The scans read the file system itself; the workspace catches up (a refresh asks about every file)
            // after the counts are shown and before markers go onto its files.
            folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
            ScanReport full = new DatasetScanner(ScanOptions.defaults()).scanFolder(path);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            IWorkspace workspace = folder.getWorkspace();
            workspace.run((IWorkspaceRunnable) m -> DatasetMarkers.write(folder, full), folder, IWorkspace.AVOID_UPDATE,
                    monitor);
            Division division = divide(run, runProblem, full, ScanOptions.defaults());
            listener.scanned(full, division.part(), division.problem(), true);
        } catch (DataException e) {
            listener.failed(e.getMessage());
        } catch (CoreException e) {
            if (!folder.exists()) {
                return Status.OK_STATUS; // deleted while scanning: the editor closes
            }
            listener.failed(e.getStatus().getMessage());
        }
        return Status.OK_STATUS;
    }

    private record Division(ValidationPart part, String problem) {
    }

    /** The run's division of a scan; a run file whose train folder is another one divides nothing. */
    private static Division divide(RunDataset run, String runProblem, ScanReport report, ScanOptions options) {
        if (run == null || !run.hasValidation()) {
            return new Division(null, runProblem);
        }
        if (!run.training().normalize().equals(report.root().normalize())) {
            return new Division(null, null);
        }
        try {
            return new Division(run.divide(report, options), null);
        } catch (DataException e) {
            return new Division(null, e.getMessage());
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DatasetJobs.SCAN_FAMILY;
    }
}
