// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

import dev.lamina.core.model.LaminaFormat;
import dev.lamina.ui.editor.EditorInputs;

/**
 * Run As &gt; Lamina Training on a run file, or on a {@code .lamina} model (its {@code run.json} beside it, which is
 * offered to be created from the course defaults when there is none). Reuses the run file's launch configuration or
 * makes one, so Run History and Run Last Launched (Ctrl+F11) find it again.
 */
public class TrainingLaunchShortcut implements ILaunchShortcut2 {

    /** The file name a run file beside a model has. */
    public static final String RUN_JSON = "run.json";

    @Override
    public void launch(ISelection selection, String mode) {
        IFile file = file(selection);
        if (file != null) {
            launchFile(file, shell());
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile file = EditorInputs.file(editor.getEditorInput());
        if (file != null) {
            if (editor.isDirty()) {
                editor.getSite().getPage().saveEditor(editor, true);
            }
            launchFile(file, editor.getSite().getShell());
        }
    }

    private static void launchFile(IFile file, Shell shell) {
        IFile runFile = isModel(file) ? CourseRunFile.besideModel(file, shell) : file;
        if (runFile != null) {
            launch(runFile, shell);
        }
    }

    /** Launches a run file through its launch configuration (made if there is none). */
    public static void launch(IFile runFile, Shell shell) {
        try {
            DebugUITools.launch(TrainingLaunches.configurationFor(runFile), ILaunchManager.RUN_MODE);
        } catch (CoreException e) {
            ErrorDialog.openError(shell, Messages.Launch_failedTitle, null, e.getStatus());
        }
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        return configurations(file(selection));
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        return configurations(EditorInputs.file(editor.getEditorInput()));
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        return file(selection);
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        return EditorInputs.file(editor.getEditorInput());
    }

    private static ILaunchConfiguration[] configurations(IFile file) {
        if (file == null) {
            return null;
        }
        IFile runFile = isModel(file) ? file.getParent().getFile(new org.eclipse.core.runtime.Path(RUN_JSON)) : file;
        try {
            List<ILaunchConfiguration> found = TrainingLaunches.configurationsFor(runFile);
            // none: null lets the platform call launch(), which makes the configuration
            return found.isEmpty() ? null : found.toArray(ILaunchConfiguration[]::new);
        } catch (CoreException e) {
            return null;
        }
    }

    private static IFile file(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            return Adapters.adapt(structured.getFirstElement(), IFile.class);
        }
        return null;
    }

    private static boolean isModel(IFile file) {
        return file.getName().endsWith(LaminaFormat.EXTENSION);
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }
}
