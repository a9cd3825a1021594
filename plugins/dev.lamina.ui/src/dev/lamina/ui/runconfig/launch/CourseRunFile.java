// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig.launch;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import dev.lamina.core.layer.Dense;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.data.DataException;
import dev.lamina.run.config.DataSource;
import dev.lamina.run.config.FilePath;
import dev.lamina.run.config.KerasLosses;
import dev.lamina.run.config.Preprocessing;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.Validation;
import dev.lamina.ui.project.LaminaProjectLayout;

/**
 * The run file beside a model, made from the course defaults when there is none and the user agrees: the project's
 * {@code data/} class folders with a fifth held out for validation, pixels rescaled by 1/255 as in every course
 * exercise, the loss the output layer implies and {@code lamina train}'s other defaults (10 epochs, Adam, batches of 32).
 */
public final class CourseRunFile {

    static final int EPOCHS = 10;
    static final double VALIDATION_SPLIT = 0.2;

    private CourseRunFile() {
    }

    /** The {@code run.json} beside {@code model}, or {@code null} when there is none and the user declines. */
    static IFile besideModel(IFile model, Shell shell) {
        IFile runFile = model.getParent().getFile(new org.eclipse.core.runtime.Path(TrainingLaunchShortcut.RUN_JSON));
        if (runFile.exists()) {
            return runFile;
        }
        RunConfig config;
        try {
            config = defaults(model);
        } catch (ModelLoadException | IllegalArgumentException e) {
            MessageDialog.openError(shell, Messages.Launch_failedTitle, e.getMessage());
            return null;
        }
        String data = config.train() instanceof DataSource.Folder folder ? folder.folder().written() : "";
        if (!MessageDialog.openQuestion(shell, Messages.CreateRunFile_title, NLS.bind(Messages.CreateRunFile_message,
                new Object[] {model.getName(), data, config.loss().jsonName(), EPOCHS}))) {
            return null;
        }
        try {
            RunFile.save(config, runFile.getLocation().toPath());
            runFile.refreshLocal(IResource.DEPTH_ZERO, null);
            return runFile;
        } catch (DataException | CoreException e) {
            MessageDialog.openError(shell, Messages.Launch_failedTitle, e.getMessage());
            return null;
        }
    }

    /** The course's run of {@code model}, to be saved beside it. */
    public static RunConfig defaults(IFile model) throws ModelLoadException {
        Path modelPath = model.getLocation().toPath();
        Model loaded = ModelFile.load(modelPath);
        if (loaded.size() == 0 || !(loaded.layer(loaded.size() - 1) instanceof Dense output)) {
            // lamina train --model says the same
            throw new IllegalArgumentException(modelPath + ": the model must end with a Dense output layer");
        }
        Path folder = modelPath.getParent();
        Path data = model.getProject().getFolder(LaminaProjectLayout.DATA).getLocation().toPath();
        return RunConfig.defaults(FilePath.relativeTo(folder, modelPath), new DataSource.Folder(FilePath.relativeTo(
                folder, data)), KerasLosses.defaultFor(output.activation(), output.units()), EPOCHS)
                .withValidation(new Validation.Split(VALIDATION_SPLIT))
                .withPreprocessing(Preprocessing.defaults().withRescale(1 / 255.0));
    }
}
