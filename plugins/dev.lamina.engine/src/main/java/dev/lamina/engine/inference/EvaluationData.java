// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.inference;

import java.nio.file.Path;

import dev.lamina.data.folder.FolderDataset;
import dev.lamina.data.folder.FolderOptions;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.engine.archive.ModelMetadata;
import dev.lamina.engine.run.PreparedRun;
import dev.lamina.engine.run.RunPreparation;
import dev.lamina.engine.run.RunPreparationException;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.folder.RunLayout;

/**
 * The labelled data a trained model is measured on, prepared as the model was trained: for {@code lamina evaluate}
 * and the workbench's Evaluation tab alike.
 */
public final class EvaluationData {

    private EvaluationData() {
    }

    /**
     * Every image of a folder of class folders, at the model's size, colours and resampling.
     *
     * @throws dev.lamina.data.DataException naming the folder when it cannot be scanned
     */
    public static SampleSource folder(ModelMetadata metadata, Path folder) {
        FolderOptions options = FolderOptions.defaults().withTargetSize(metadata.height(), metadata.width())
                .withColorMode(metadata.colorMode()).withInterpolation(metadata.interpolation());
        return FolderDataset.open(folder, options).training();
    }

    /**
     * The validation data of the run in {@code runFolder}, as its {@code run.json} names and prepares it;
     * {@code null} when the run has no validation.
     *
     * @throws RunPreparationException saying in one line why the run's data cannot be prepared
     */
    public static SampleSource validation(Path runFolder) throws RunPreparationException {
        PreparedRun run = RunPreparation.prepare(RunFile.load(runFolder.resolve(RunLayout.RUN)));
        SampleSource validation = run.data().validation();
        return validation == null || validation.size() == 0 ? null : validation;
    }
}
