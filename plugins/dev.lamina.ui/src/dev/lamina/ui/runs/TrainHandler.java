// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.lamina.ui.internal.Messages;
import dev.lamina.ui.runconfig.launch.TrainingLaunchShortcut;
import dev.lamina.ui.spark.SparkTrainingJob;

/**
 * Lamina &gt; Train on a {@code run.json} (the selected one, or the one in the active editor): launches its Lamina Training configuration, whose delegate calls
 * {@link #start}: a console for the run, the Run view and a scheduled {@link TrainingJob}.
 */
public class TrainHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IFile runFile = runFile(HandlerUtil.getCurrentStructuredSelection(event));
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (runFile == null && editor != null && editor == HandlerUtil.getActivePart(event)) {
            // the run file being edited, as Run As does for the active editor
            runFile = runFile(new StructuredSelection(editor.getEditorInput()));
        }
        if (runFile == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Train_title,
                    Messages.Train_noRunFile);
            return null;
        }
        // through its launch configuration, so that Run History and Run Last Launched know it
        TrainingLaunchShortcut.launch(runFile, HandlerUtil.getActiveShell(event));
        return null;
    }

    /**
     * Opens a console for the run, shows the Run view and schedules the {@link TrainingJob}, or the
     * {@link SparkTrainingJob} when the run file names a Spark master; the launch delegate's.
     */
    public static Job start(IWorkbenchPage page, IFile runFile) throws PartInitException {
        RunConsole console = RunConsole.open(runFile.getFullPath().toString());
        Optional<String> master = SparkTrainingJob.master(runFile);
        RunJob job = master.isPresent() ? new SparkTrainingJob(runFile, master.get(), console)
                : new TrainingJob(runFile, console);
        job.start(page);
        return job;
    }

    static IFile runFile(IStructuredSelection selection) {
        if (selection == null || selection.size() != 1) {
            return null;
        }
        IFile file = Adapters.adapt(selection.getFirstElement(), IFile.class);
        return file != null && "json".equals(file.getFileExtension()) ? file : null;
    }
}
