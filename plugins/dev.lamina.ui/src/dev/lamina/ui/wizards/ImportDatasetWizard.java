// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

import dev.lamina.data.DataException;
import dev.lamina.data.zip.ImportReport;
import dev.lamina.data.zip.ZipImporter;
import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.internal.Statuses;

/**
 * File › Import › Lamina › Dataset (zip): the same safe importer as {@code lamina data import}, into a new folder of
 * a project, then a report of what it unpacked and left out.
 */
public class ImportDatasetWizard extends LaminaWizard implements IImportWizard {

    private ImportDatasetPage page;

    public ImportDatasetWizard() {
        super(Messages.ImportDataset_title);
    }

    @Override
    public void addPages() {
        page = new ImportDatasetPage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path archive = page.archive();
        IContainer container = page.container();
        if (archive == null || container == null) {
            return false;
        }
        IFolder folder = container.getFolder(IPath.fromOSString(page.folderName()));
        AtomicReference<ImportReport> report = new AtomicReference<>();
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation(container) {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    monitor.beginTask(NLS.bind(Messages.ImportDataset_task, archive.getFileName()),
                            IProgressMonitor.UNKNOWN);
                    try {
                        report.set(new ZipImporter().extract(archive, folder.getLocation().toPath()));
                    } catch (DataException e) {
                        throw new CoreException(Status.error(e.getMessage(), e));
                    } finally {
                        folder.refreshLocal(IResource.DEPTH_INFINITE, null);
                        monitor.done();
                    }
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), Messages.ImportDataset_failed, null,
                    Statuses.of(cause));
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        reveal(folder);
        MessageDialog.openInformation(getShell(), Messages.ImportDataset_doneTitle, describe(archive, folder,
                report.get()));
        return true;
    }

    static String describe(Path archive, IFolder folder, ImportReport report) {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.ImportDataset_done, new Object[] {
                archive.getFileName(), report.files(), humanBytes(report.bytes()),
                folder.getFullPath().makeRelative() }));
        if (!report.duplicates().isEmpty()) {
            text.append("\n\n").append(NLS.bind(Messages.ImportDataset_duplicates, report.duplicates().size()));
        }
        if (!report.skipped().isEmpty()) {
            text.append("\n\n").append(NLS.bind(Messages.ImportDataset_skipped, report.skipped().size()));
        }
        return text.toString();
    }

    private static String humanBytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
