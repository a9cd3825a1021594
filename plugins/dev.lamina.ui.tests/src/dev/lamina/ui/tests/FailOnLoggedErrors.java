// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a UI test during which anything logged an error to the platform log: an error a user would find in
 * {@code .metadata/.log} (or see as a dialog) is a failed test, even when the test's own assertions hold.
 */
public final class FailOnLoggedErrors implements BeforeEachCallback, AfterEachCallback {

    private static final List<String> ERRORS = new CopyOnWriteArrayList<>();
    private static final ILogListener LISTENER = (status, plugin) -> collect(status);

    static {
        Platform.addLogListener(LISTENER);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ERRORS.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> logged = drain();
        if (!logged.isEmpty()) {
            Assertions.fail(context.getDisplayName() + " logged " + logged.size()
                    + " error(s) to the platform log:\n  " + String.join("\n  ", logged));
        }
    }

    /** The errors logged since the last call (or the start of the test), as "plug-in: message (exception)". */
    static List<String> drain() {
        List<String> logged = new ArrayList<>(ERRORS);
        ERRORS.clear();
        return logged;
    }

    private static void collect(IStatus status) {
        if (status.getSeverity() != IStatus.ERROR) {
            return;
        }
        if (status.isMultiStatus() && status.getChildren().length > 0) {
            for (IStatus child : status.getChildren()) {
                collect(child);
            }
            return;
        }
        Throwable exception = status.getException();
        ERRORS.add(status.getPlugin() + ": " + status.getMessage()
                + (exception == null ? "" : " (" + exception + ")"));
    }
}
