// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/** The one tab of a Lamina Training configuration: which run file it trains (a workspace path). */
public class RunFileTab extends AbstractLaunchConfigurationTab {

    private Text path;

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(3, false));
        new Label(composite, SWT.NONE).setText(Messages.Tab_runFile);
        path = new Text(composite, SWT.SINGLE | SWT.BORDER);
        path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        path.addModifyListener(e -> updateLaunchConfigurationDialog());
        Button browse = createPushButton(composite, Messages.Tab_browse, null);
        browse.addListener(SWT.Selection, e -> browse());
        Label note = new Label(composite, SWT.WRAP);
        note.setText(Messages.Tab_note);
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        setControl(composite);
    }

    private void browse() {
        FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        dialog.setTitle(Messages.Tab_chooseTitle);
        dialog.setInitialPattern("*.json");
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile file) {
            path.setText(file.getFullPath().toString());
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        // no default: the run file is chosen (Run As sets it)
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            path.setText(configuration.getAttribute(TrainingLaunches.RUN_FILE, ""));
        } catch (CoreException e) {
            path.setText("");
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunches.RUN_FILE, path.getText().strip());
    }

    @Override
    public boolean isValid(ILaunchConfiguration launchConfig) {
        String text = path.getText().strip();
        if (text.isEmpty()) {
            setErrorMessage(Messages.Tab_empty);
            return false;
        }
        if (!new Path(text).isAbsolute() || !ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(text))
                .exists()) {
            setErrorMessage(NLS.bind(Messages.Tab_missing, text));
            return false;
        }
        setErrorMessage(null);
        return true;
    }

    @Override
    public String getName() {
        return Messages.Tab_name;
    }

    @Override
    public Image getImage() {
        return DebugUITools.getImage(TrainingLaunches.TYPE);
    }
}
