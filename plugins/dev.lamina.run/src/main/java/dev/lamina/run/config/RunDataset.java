// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.nio.file.Path;

import dev.lamina.data.DataException;
import dev.lamina.data.folder.ScanOptions;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.folder.ValidationPart;

/**
 * The class-folder dataset a run file trains on and how it is validated: its {@code train} folder with its
 * {@code validation} folder or split. {@code lamina data scan RUN.json} and the workbench's dataset editor opened
 * from a run file both read it here, and both divide the scan with the data bundle's {@link ValidationPart}.
 *
 * @param runFile          the run file it was read from
 * @param training         the {@code train} folder
 * @param validationFolder the {@code validation} folder, or {@code null}
 * @param split            the {@code validation} split, or 0
 */
public record RunDataset(Path runFile, Path training, Path validationFolder, double split) {

    /**
     * The dataset of a run file.
     *
     * @throws DataException naming the run file when it does not train on a folder of class folders
     */
    public static RunDataset of(RunConfig config, Path runFile) {
        if (!(config.train() instanceof DataSource.Folder train)) {
            throw new DataException(runFile, "train: IDX files, not a folder of class folders");
        }
        return switch (config.validation()) {
            case Validation.Separate(DataSource.Folder folder) ->
                new RunDataset(runFile, train.folder().resolved(), folder.folder().resolved(), 0);
            case Validation.Separate separate ->
                throw new DataException(runFile, "validation: IDX files beside a training folder");
            case Validation.Split(double fraction) -> new RunDataset(runFile, train.folder().resolved(), null, fraction);
            case Validation.None none -> new RunDataset(runFile, train.folder().resolved(), null, 0);
        };
    }

    /** Reads a run file ({@link RunFile#load}) and returns its dataset. */
    public static RunDataset load(Path runFile) {
        return of(RunFile.load(runFile), runFile);
    }

    /** Whether the run validates at all. */
    public boolean hasValidation() {
        return validationFolder != null || split > 0;
    }

    /** The division of a scan of {@link #training()}, or {@code null} when the run does not validate. */
    public ValidationPart divide(ScanReport trainingScan, ScanOptions options) {
        if (validationFolder != null) {
            return ValidationPart.folder(trainingScan, validationFolder, options);
        }
        return split > 0 ? ValidationPart.split(trainingScan, split) : null;
    }
}
