// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class's tests in the Lamina perspective of a 1400×900 workbench window
 * ({@link Editors#showLaminaPerspective}) and closes the editors each test leaves open. A dialog a test leaves open
 * fails that test and is closed, so that it cannot block the tests after it.
 */
public final class InLaminaPerspective implements BeforeAllCallback, AfterEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Editors.showLaminaPerspective();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Editors.closeAll();
        List<String> left = Ui.sync(() -> {
            List<String> titles = new ArrayList<>();
            for (Shell shell : Ui.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof Dialog) {
                    titles.add("'" + shell.getText() + "'");
                    shell.close();
                }
            }
            return titles;
        });
        if (!left.isEmpty()) {
            Ui.flush();
            throw new AssertionError("the test left " + String.join(", ", left) + " open");
        }
    }
}
