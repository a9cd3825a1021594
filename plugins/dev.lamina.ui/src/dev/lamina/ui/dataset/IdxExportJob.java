// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;

import dev.lamina.data.DataException;
import dev.lamina.data.idx.IdxExporter;

/**
 * Exports an IDX pair into class folders of PNGs with the data bundle's {@link IdxExporter} (what
 * {@code lamina data export-idx} does: all or nothing, through a staging folder), then opens the dataset editor
 * on them. A failure is said in a dialog naming the file.
 */
final class IdxExportJob extends Job {

    private final IdxPair pair;
    private final IWorkbenchPage page;

    IdxExportJob(IdxPair pair, IWorkbenchPage page) {
        super(NLS.bind(Messages.Idx_job, pair.images().getName()));
        this.pair = pair;
        this.page = page;
        setUser(true);
        setRule(pair.images().getParent());
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String problem = null;
        try {
            IdxExporter.export(pair.images().getLocation().toPath(), pair.labels().getLocation().toPath(),
                    pair.folder().getLocation().toPath(), null);
            pair.folder().refreshLocal(IResource.DEPTH_INFINITE, monitor);
        } catch (DataException e) {
            problem = e.getMessage();
        } catch (CoreException e) {
            problem = e.getStatus().getMessage();
        }
        String failure = problem;
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        display.asyncExec(() -> {
            if (failure != null) {
                org.eclipse.jface.dialogs.MessageDialog.openError(page.getWorkbenchWindow().getShell(),
                        Messages.Edit_errorTitle, NLS.bind(Messages.Idx_failed, pair.images().getName(), failure));
            } else {
                OpenDatasetHandler.open(page, pair.folder());
            }
        });
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DatasetJobs.SCAN_FAMILY;
    }
}
