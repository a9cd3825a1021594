// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs.history;

import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;

import dev.lamina.run.folder.RunLayout;

/** Open Model: the model as the selected run trained it (the run folder's copy) in the model editor. */
public final class OpenModelHandler extends RunsHandler {

    @Override
    void execute(IWorkbenchPage page, Shell shell, List<IFolder> runs) throws Exception {
        IDE.openEditor(page, runs.get(0).getFile(RunLayout.MODEL_DOCUMENT));
    }
}
