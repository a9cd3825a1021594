// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.welcome;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** What the workbench remembers about its first start and the Welcome page, per workspace. */
final class WelcomePreferences {

    private static final String NODE = "dev.lamina.ui";
    private static final String SHOW_AT_START = "welcome.showAtStart";
    private static final String WINDOW_PLACED = "window.placedOnFirstStart";

    private WelcomePreferences() {
    }

    static boolean showAtStart() {
        return node().getBoolean(SHOW_AT_START, true);
    }

    static void setShowAtStart(boolean show) {
        node().putBoolean(SHOW_AT_START, show);
        flush();
    }

    /** {@code true} once the first window was made to fill the screen; later starts restore the saved bounds. */
    static boolean windowPlaced() {
        return node().getBoolean(WINDOW_PLACED, false);
    }

    static void setWindowPlaced() {
        node().putBoolean(WINDOW_PLACED, true);
        flush();
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    private static void flush() {
        try {
            node().flush();
        } catch (BackingStoreException e) {
            // kept in memory for this session; saved again with the workspace on exit
        }
    }
}
