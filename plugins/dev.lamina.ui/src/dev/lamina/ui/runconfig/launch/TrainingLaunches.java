// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.osgi.util.NLS;

/**
 * Lamina Training launch configurations. A configuration holds one attribute, the workspace path of a
 * {@code run.json} ({@value #RUN_FILE}); every setting of the run stays in that file.
 */
public final class TrainingLaunches {

    /** The launch configuration type. */
    public static final String TYPE = "dev.lamina.ui.launch.training";
    /** The workspace path of the run file, e.g. {@code /horses/run.json}. */
    public static final String RUN_FILE = "dev.lamina.ui.launch.runFile";

    private TrainingLaunches() {
    }

    static ILaunchManager manager() {
        return DebugPlugin.getDefault().getLaunchManager();
    }

    static ILaunchConfigurationType type() {
        return manager().getLaunchConfigurationType(TYPE);
    }

    /** The configurations that train {@code runFile}. */
    public static List<ILaunchConfiguration> configurationsFor(IFile runFile) throws CoreException {
        List<ILaunchConfiguration> found = new ArrayList<>();
        for (ILaunchConfiguration configuration : manager().getLaunchConfigurations(type())) {
            if (runFile.getFullPath().toString().equals(configuration.getAttribute(RUN_FILE, ""))) {
                found.add(configuration);
            }
        }
        return found;
    }

    /** The first configuration that trains {@code runFile}, or a new one named after it. */
    public static ILaunchConfiguration configurationFor(IFile runFile) throws CoreException {
        List<ILaunchConfiguration> existing = configurationsFor(runFile);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        String name = manager().generateLaunchConfigurationName(runFile.getProject().getName() + " "
                + runFile.getName().replace(".json", ""));
        ILaunchConfigurationWorkingCopy copy = type().newInstance(null, name);
        copy.setAttribute(RUN_FILE, runFile.getFullPath().toString());
        return copy.doSave();
    }

    /** The run file a configuration names; a clear error when it names none or it is gone. */
    public static IFile runFile(ILaunchConfiguration configuration) throws CoreException {
        String path = configuration.getAttribute(RUN_FILE, "");
        if (path.isBlank()) {
            throw new CoreException(Status.error(NLS.bind(Messages.Launch_noRunFile, configuration.getName())));
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
        if (!file.exists()) {
            throw new CoreException(Status.error(NLS.bind(Messages.Launch_missingRunFile, configuration.getName(),
                    path)));
        }
        return file;
    }
}
