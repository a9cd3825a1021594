// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig.launch;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of a Lamina Training configuration: just the run file (its settings are edited in the run file). */
public class TrainingTabGroup extends AbstractLaunchConfigurationTabGroup {

    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] {new RunFileTab()});
    }
}
