// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.runs.history.WorkspaceRuns;

/** Asks which trained run of the workspace (a run folder with a {@code model.zip}) predicts some images. */
final class RunChooser {

    private RunChooser() {
    }

    /**
     * The run chosen, {@code current} selected at first; {@code null} when cancelled or the workspace has no
     * trained run (then says so).
     */
    static Path choose(Shell shell, Path current, int images) {
        List<IFolder> runs = WorkspaceRuns.find().stream()
                .filter(f -> Files.isRegularFile(location(f).resolve(RunLayout.TRAINED_MODEL)))
                .sorted(Comparator.comparing((IFolder f) -> f.getName()).reversed()).toList();
        if (runs.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Predict_chooseTitle, Messages.Predict_noTrainedRun);
            return null;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((IFolder) element).getFullPath().makeRelative().toString();
            }
        });
        dialog.setTitle(Messages.Predict_chooseTitle);
        dialog.setMessage(NLS.bind(Messages.Predict_chooseMessage, images));
        dialog.setElements(runs.toArray());
        dialog.setMultipleSelection(false);
        runs.stream().filter(f -> location(f).equals(current)).findFirst()
                .ifPresentOrElse(f -> dialog.setInitialSelections(f), () -> dialog.setInitialSelections(runs.get(0)));
        if (dialog.open() != ElementListSelectionDialog.OK || !(dialog.getFirstResult() instanceof IFolder chosen)) {
            return null;
        }
        return location(chosen);
    }

    private static Path location(IFolder folder) {
        return folder.getLocation().toFile().toPath();
    }
}
