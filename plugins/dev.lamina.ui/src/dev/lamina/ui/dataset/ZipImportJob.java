// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import dev.lamina.data.DataException;
import dev.lamina.data.zip.ImportReport;
import dev.lamina.data.zip.ZipImporter;
import dev.lamina.ui.dataset.edit.ZipImportOperation;

/**
 * Imports a zip of class folders into a dataset: unpacked by the data bundle's safe {@link ZipImporter} (what File ›
 * Import and {@code lamina data import} use) into a temporary folder, then its class folders (at the top of the zip,
 * or in its one wrapping folder) added to the dataset by an undoable {@link ZipImportOperation}. Names already
 * taken are replaced or kept beside only when the user says so. Cancelling leaves the dataset as it was; a zip that
 * is refused or damaged is said in a dialog naming it.
 */
final class ZipImportJob extends Job {

    private final DatasetEditor editor;
    private final Path zip;
    private final Shell shell;

    ZipImportJob(DatasetEditor editor, Path zip) {
        super(NLS.bind(Messages.Zip_job, zip.getFileName(), editor.folder().getName()));
        this.editor = editor;
        this.zip = zip;
        this.shell = editor.getSite().getShell();
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        Path work;
        try {
            work = Files.createTempDirectory("lamina-zip-");
        } catch (IOException e) {
            tell(MessageDialog.ERROR, NLS.bind(Messages.Zip_failed, zip.getFileName(), e.getMessage()));
            return Status.OK_STATUS;
        }
        ZipImportOperation operation = null;
        boolean kept = false;
        try {
            SubMonitor unpacking = progress.split(50);
            AtomicInteger last = new AtomicInteger();
            ImportReport report = new ZipImporter().extract(zip, work.resolve("unpacked"), (done, total) -> {
                if (done == 1) {
                    unpacking.setWorkRemaining(total);
                }
                unpacking.worked(done - last.getAndSet(done));
                if (unpacking.isCanceled()) {
                    throw new CancellationException();
                }
            });
            Path classRoot = ZipImporter.classRoot(work.resolve("unpacked"));
            List<Path> classes = ZipImportOperation.classFolders(classRoot);
            if (classes.isEmpty()) {
                tell(MessageDialog.ERROR, NLS.bind(Messages.Zip_failed, zip.getFileName(), Messages.Zip_noClasses));
                return Status.OK_STATUS;
            }
            ZipImportOperation.Taken taken = ZipImportOperation.Taken.KEEP_BOTH;
            List<String> names = ZipImportOperation.takenNames(editor.folder(), classRoot);
            if (!names.isEmpty()) {
                int choice = ask(names);
                if (choice < 0 || choice == 2) {
                    return Status.CANCEL_STATUS;
                }
                taken = choice == 1 ? ZipImportOperation.Taken.REPLACE : ZipImportOperation.Taken.KEEP_BOTH;
            }
            operation = new ZipImportOperation(editor.folder(), zip.getFileName().toString(), classRoot, work, taken);
            operation.addContext(editor.undoContext());
            IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
            IStatus status = history.execute(operation, progress.split(50), null);
            if (!status.isOK()) {
                return status.getSeverity() == IStatus.CANCEL ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
            kept = true;
            tell(MessageDialog.INFORMATION, describe(report, classes, operation));
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            return Status.CANCEL_STATUS;
        } catch (DataException e) {
            tell(MessageDialog.ERROR, NLS.bind(Messages.Zip_failed, zip.getFileName(), e.getMessage()));
            return Status.OK_STATUS;
        } catch (IOException | ExecutionException e) {
            tell(MessageDialog.ERROR, NLS.bind(Messages.Zip_failed, zip.getFileName(), e.getMessage()));
            return Status.OK_STATUS;
        } finally {
            if (!kept) {
                if (operation != null) {
                    operation.dispose();
                } else {
                    delete(work);
                }
            }
        }
    }

    private String describe(ImportReport report, List<Path> classes, ZipImportOperation operation) {
        String names = String.join(", ", classes.stream().map(p -> p.getFileName().toString()).toList());
        StringBuilder text = new StringBuilder(NLS.bind(Messages.Zip_done, new Object[] { zip.getFileName(),
                operation.copies().size(), classes.size(), names, editor.folder().getFullPath().makeRelative(),
                operation.madeFolders().size() }));
        int leftOut = report.duplicates().size() + report.skipped().size();
        if (leftOut > 0) {
            text.append("\n\n").append(NLS.bind(Messages.Zip_leftOut, leftOut));
        }
        return text.toString();
    }

    /** 0 keep both, 1 replace, 2 or -1 cancel. */
    private int ask(List<String> names) {
        int[] choice = { -1 };
        String examples = String.join("\n", names.stream().limit(5).toList()) + (names.size() > 5 ? "\n..." : "");
        display().syncExec(() -> {
            MessageDialog dialog = new MessageDialog(shell, Messages.Zip_takenTitle, null, NLS.bind(
                    Messages.Zip_taken, new Object[] { zip.getFileName(), names.size(), examples }),
                    MessageDialog.QUESTION, 2, Messages.Zip_keepBoth, Messages.Zip_replace, Messages.Zip_cancel);
            choice[0] = dialog.open();
        });
        return choice[0];
    }

    private void tell(int kind, String message) {
        display().asyncExec(() -> {
            if (!shell.isDisposed()) {
                MessageDialog.open(kind, shell, kind == MessageDialog.ERROR ? Messages.Zip_failedTitle
                        : Messages.Zip_doneTitle, message, 0);
            }
        });
    }

    private Display display() {
        return shell.getDisplay();
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder: the system cleans it up in the end
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DatasetJobs.IMPORT_FAMILY;
    }
}
