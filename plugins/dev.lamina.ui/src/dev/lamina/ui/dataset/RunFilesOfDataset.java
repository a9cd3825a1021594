// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

import dev.lamina.data.DataException;
import dev.lamina.run.config.DataSource;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;

/** The run files of a project that train on a dataset folder: what the editor shows when opened on the folder. */
final class RunFilesOfDataset {

    private RunFilesOfDataset() {
    }

    /**
     * The first run file ({@code run.json}, {@code NAME.run.json}) of the folder's project, by path, whose
     * {@code train} folder is {@code folder}; {@code null} when none (a run file that does not read is passed over).
     */
    static IFile trainingOn(IContainer folder) {
        IPath location = folder.getLocation();
        if (location == null || folder.getProject() == null) {
            return null;
        }
        Path dataset = location.toPath().toAbsolutePath().normalize();
        List<IFile> runFiles = new ArrayList<>();
        try {
            folder.getProject().accept(proxy -> {
                if (proxy.getType() == IResource.FILE) {
                    String name = proxy.getName();
                    if (name.equals("run.json") || name.endsWith(".run.json")) {
                        runFiles.add((IFile) proxy.requestResource());
                    }
                    return false;
                }
                // the dataset's own files and hidden folders (.trash) hold no run files
                return !proxy.getName().startsWith(".") && !proxy.requestFullPath().equals(folder.getFullPath());
            }, IResource.NONE);
        } catch (CoreException e) {
            return null;
        }
        runFiles.sort(Comparator.comparing(f -> f.getFullPath().toString()));
        for (IFile file : runFiles) {
            if (file.getLocation() == null) {
                continue;
            }
            try {
                RunConfig config = RunFile.load(file.getLocation().toPath());
                if (config.train() instanceof DataSource.Folder train && train.folder().resolved().equals(dataset)) {
                    return file;
                }
            } catch (DataException e) {
                // a run file that does not read says so in its own editor
            }
        }
        return null;
    }
}
