// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Project Explorer on the left, editors in the middle, outline on the right, problems and properties below. */
public class LaminaPerspective implements IPerspectiveFactory {

    public static final String ID = "dev.lamina.ui.perspective";
    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(PROJECT_EXPLORER);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editors);
        right.addView(IPageLayout.ID_OUTLINE);
    }
}
