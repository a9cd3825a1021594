// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
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

/**
 * Scans a dataset folder with the data bundle's {@link DatasetScanner}, the scan {@code lamina data scan} prints,
 * in two passes: headers only (class counts at once, even for tens of thousands of files), then every file decoded
 * (truncated and corrupt files found), after which the Problems markers are written. Each pass hands its report to
 * the editor; a failure to scan at all is handed over as its one-line message.
 */
final class DatasetScanJob extends Job {

    /** What the editor is told: a report (and whether every file was decoded), or the reason there is none. */
    interface Listener {
        void scanned(ScanReport report, boolean verified);

        void failed(String message);
    }

    private final IContainer folder;
    private final Listener listener;

    DatasetScanJob(IContainer folder, Listener listener) {
        super(NLS.bind(Messages.Editor_scanJob, folder.getName()));
        this.folder = folder;
        this.listener = listener;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
            Path path = folder.getLocation().toPath();
            ScanReport quick = new DatasetScanner(ScanOptions.defaults().withVerify(false)).scanFolder(path);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            listener.scanned(quick, false);
            ScanReport full = new DatasetScanner(ScanOptions.defaults()).scanFolder(path);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            IWorkspace workspace = folder.getWorkspace();
            workspace.run((IWorkspaceRunnable) m -> DatasetMarkers.write(folder, full), folder, IWorkspace.AVOID_UPDATE,
                    monitor);
            listener.scanned(full, true);
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

    @Override
    public boolean belongsTo(Object family) {
        return family == DatasetJobs.SCAN_FAMILY;
    }
}
