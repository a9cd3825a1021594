// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

/**
 * Makes the Project Explorer's Open (double-click, Enter) open a folder of class folders in the dataset editor,
 * where it would otherwise only expand the folder. Enabled for folders that {@link DatasetFolders} recognises.
 */
public final class OpenDatasetActionProvider extends CommonActionProvider {

    private OpenAction open;

    @Override
    public void init(ICommonActionExtensionSite site) {
        if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
            open = new OpenAction(workbenchSite, site.getStructuredViewer());
        }
    }

    @Override
    public void fillActionBars(IActionBars actionBars) {
        if (open != null && getContext() != null && getContext().getSelection() instanceof IStructuredSelection s
                && s.size() == 1) {
            actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
        }
    }

    private static final class OpenAction extends Action {

        private final ICommonViewerWorkbenchSite site;
        private final StructuredViewer viewer;

        OpenAction(ICommonViewerWorkbenchSite site, StructuredViewer viewer) {
            super(Messages.Edit_errorTitle);
            this.site = site;
            this.viewer = viewer;
        }

        @Override
        public void run() {
            IContainer folder = OpenDatasetHandler.folderOf(viewer.getSelection());
            if (folder != null && DatasetFolders.looksLikeDataset(folder)) {
                OpenDatasetHandler.open(site.getPage(), folder);
            } else if (folder != null && viewer instanceof AbstractTreeViewer tree) {
                // what a double-click on any other folder does
                tree.setExpandedState(folder, !tree.getExpandedState(folder));
            }
        }
    }
}
