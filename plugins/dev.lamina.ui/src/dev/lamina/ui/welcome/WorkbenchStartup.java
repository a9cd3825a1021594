// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.welcome;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.lamina.ui.project.BuilderMigration;
import dev.lamina.ui.runs.TrainingShutdownGuard;

/**
 * What Lamina does once the workbench is up: on the very first start the window fills the screen (later starts get
 * the bounds the platform saved on exit), the Welcome page opens unless the user turned it off, and closing the
 * workbench while a training runs asks first ({@link TrainingShutdownGuard}).
 */
public class WorkbenchStartup implements IStartup {

    /**
     * Set to {@code false} by the UI tests: they arrange windows and editors themselves, and call the shutdown guard
     * directly rather than have it ask when their workbench closes.
     */
    static final String ENABLED = "lamina.startup.welcome";

    @Override
    public void earlyStartup() {
        RelaunchData.writeAtExit();
        BuilderMigration.start();
        if (!Boolean.parseBoolean(System.getProperty(ENABLED, "true"))) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.addWorkbenchListener(new TrainingShutdownGuard());
        workbench.getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window == null && workbench.getWorkbenchWindowCount() > 0) {
                window = workbench.getWorkbenchWindows()[0];
            }
            if (window == null) {
                return;
            }
            if (!WelcomePreferences.windowPlaced()) {
                fillScreen(window.getShell());
                WelcomePreferences.setWindowPlaced();
            }
            if (WelcomePreferences.showAtStart()) {
                WelcomePage.open(window);
            }
        });
    }

    /**
     * The monitor's work area as plain bounds rather than the maximized state: the user's own resizing is then saved
     * and restored by the platform as it is, with or without a window manager.
     */
    private static void fillScreen(Shell shell) {
        Rectangle area = shell.getMonitor().getClientArea();
        shell.setBounds(area);
    }
}
