// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IFolder;

import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.history.RunSummary;

/**
 * What the Runs view's commands may do with a run folder, for their {@code enabledWhen} in plugin.xml: re-run it
 * ({@code rerunnable}: its run.json and metrics read), resume it ({@code resumable}) or open its model
 * ({@code hasModel}). Read from the folder's files, as the view reads them ({@link RunSummary}).
 */
public final class RunFolderTester extends PropertyTester {

    static final String NAMESPACE = "dev.lamina.ui.runs";
    static final String RERUNNABLE = "rerunnable";
    static final String RESUMABLE = "resumable";
    static final String HAS_MODEL = "hasModel";

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        if (!(receiver instanceof IFolder folder) || folder.getLocation() == null) {
            return false;
        }
        Path path = WorkspaceRuns.location(folder);
        if (!RunLayout.isRunFolder(path)) {
            return false;
        }
        return switch (property) {
            case RERUNNABLE -> RunSummary.read(path).problem().isEmpty();
            case RESUMABLE -> resumable(RunSummary.read(path));
            case HAS_MODEL -> folder.getFile(RunLayout.MODEL_DOCUMENT).exists();
            default -> false;
        };
    }

    /** A stopped or failed run with a checkpoint and epochs left resumes. */
    static boolean resumable(RunSummary summary) {
        return (summary.state() == RunStatus.State.STOPPED || summary.state() == RunStatus.State.FAILED)
                && summary.epochs() < summary.plannedEpochs()
                && Files.isRegularFile(summary.folder().resolve(RunLayout.CHECKPOINT));
    }
}
