// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.lamina.data.DataException;
import dev.lamina.run.config.RunDataset;

/**
 * <em>Open Dataset</em>: opens the selected folder in the dataset editor, whatever it holds, the {@code train}
 * folder of a selected run file with its validation folder or split, or a selected IDX pair as class folders.
 */
public final class OpenDatasetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        IFile runFile = runFileOf(selection);
        if (runFile != null) {
            openRunFile(window.getActivePage(), runFile);
            return null;
        }
        IFile idx = fileOf(selection);
        if (idx != null && IdxPair.isImages(idx.getName())) {
            openIdxPair(window.getActivePage(), idx);
            return null;
        }
        IContainer folder = folderOf(selection);
        if (folder == null) {
            MessageDialog.openInformation(window.getShell(), Messages.Edit_errorTitle, Messages.Open_notADataset);
            return null;
        }
        open(window.getActivePage(), folder);
        return null;
    }

    /** The one folder of a selection, or {@code null}. */
    static IContainer folderOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            return Adapters.adapt(structured.getFirstElement(), IFolder.class);
        }
        return null;
    }

    /** The one run file ({@code run.json}, {@code NAME.run.json}) of a selection, or {@code null}. */
    static IFile runFileOf(ISelection selection) {
        IFile file = fileOf(selection);
        return file != null && file.getName().endsWith("run.json") ? file : null;
    }

    private static IFile fileOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            return Adapters.adapt(structured.getFirstElement(), IFile.class);
        }
        return null;
    }

    /**
     * Opens an IDX pair (the selected image file and the label file beside it) as class folders of PNGs beside
     * them, {@code PREFIX-classes}: exported once in a job ({@link IdxExportJob}), opened as they are after that,
     * so the same pair always reaches the same editor.
     */
    public static void openIdxPair(IWorkbenchPage page, IFile images) {
        IdxPair pair = IdxPair.of(images);
        if (pair == null) {
            return;
        }
        if (pair.folder().exists()) {
            open(page, pair.folder());
        } else if (!pair.labels().exists()) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Edit_errorTitle,
                    NLS.bind(Messages.Idx_noLabels, images.getName(), pair.labels().getName()));
        } else {
            new IdxExportJob(pair, page).schedule();
        }
    }

    /** Opens (or brings to the front) the dataset editor of a folder. */
    public static DatasetEditor open(IWorkbenchPage page, IContainer folder) {
        return open(page, new DatasetEditorInput(folder));
    }

    /**
     * Opens the dataset editor on a run file's {@code train} folder, showing its validation folder or split; an
     * editor already open on that folder takes the run file. A run file that does not read, or whose folder is not
     * in the workspace, is said in a dialog naming it.
     */
    public static DatasetEditor openRunFile(IWorkbenchPage page, IFile runFile) {
        String problem;
        try {
            RunDataset dataset = RunDataset.load(runFile.getLocation().toPath());
            IContainer folder = ResourcesPlugin.getWorkspace().getRoot()
                    .getContainerForLocation(IPath.fromPath(dataset.training()));
            if (folder != null && folder.exists()) {
                DatasetEditor editor = open(page, new DatasetEditorInput(folder, runFile));
                if (editor != null) {
                    editor.useRunFile(runFile);
                }
                return editor;
            }
            problem = NLS.bind(Messages.Open_notInWorkspace, dataset.training(), runFile.getName());
        } catch (DataException e) {
            problem = NLS.bind(Messages.Open_runFileProblem, runFile.getName(), e.getMessage());
        }
        MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Edit_errorTitle, problem);
        return null;
    }

    private static DatasetEditor open(IWorkbenchPage page, DatasetEditorInput input) {
        try {
            return (DatasetEditor) page.openEditor(input, DatasetEditor.ID, true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), input.getName(), e.getMessage());
            return null;
        }
    }
}
