// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Showing, maximizing and restoring workbench views from a test thread. */
final class Views {

    private Views() {
    }

    /** Shows (opens or activates) the view {@code id}. */
    @SuppressWarnings("unchecked")
    static <T> T show(String id) {
        return Ui.sync(() -> {
            try {
                return (T) Editors.page().showView(id);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static void maximize(String id) {
        setState(id, IWorkbenchPage.STATE_MAXIMIZED);
    }

    static void restore(String id) {
        setState(id, IWorkbenchPage.STATE_RESTORED);
    }

    private static void setState(String id, int state) {
        Ui.run(() -> Editors.page().setPartState(Editors.page().findViewReference(id), state));
        Ui.flush();
    }
}
