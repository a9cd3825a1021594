// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import dev.lamina.data.image.ImageDecoder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A class-folder dataset split into training and validation samples, as Keras
 * {@code flow_from_directory} does: either with {@code validation_split} (per class, validation is
 * the first fraction of the class's sorted files) or from a second folder with the same classes.
 */
public final class FolderDataset {

    private final ScanReport report;
    private final ScanReport validationReport;
    private final FolderSource training;
    private final FolderSource validation;

    private FolderDataset(ScanReport report, ScanReport validationReport, FolderSource training,
            FolderSource validation) {
        this.report = report;
        this.validationReport = validationReport;
        this.training = training;
        this.validation = validation;
    }

    /** Scans {@code root} and splits it by {@code options.validationSplit()}. */
    public static FolderDataset open(Path root, FolderOptions options) {
        return of(new DatasetScanner(options.scan()).scanFolder(root), options);
    }

    /** Splits a scan of the training folder by {@code options.validationSplit()}, as {@link #open(Path, FolderOptions)}. */
    public static FolderDataset of(ScanReport report, FolderOptions options) {
        List<ImageFile> train = new ArrayList<>();
        List<ImageFile> validate = new ArrayList<>();
        for (int c = 0; c < report.classes().size(); c++) {
            List<ImageFile> files = report.imagesOf(c);
            int held = ValidationPart.heldOut(options.validationSplit(), files.size());
            validate.addAll(files.subList(0, held));
            train.addAll(files.subList(held, files.size()));
        }
        ImageDecoder decoder = new ImageDecoder(options.scan().maxPixels());
        return new FolderDataset(report, null, source(report, train, options, decoder),
                source(report, validate, options, decoder));
    }

    /**
     * Scans {@code trainRoot} and {@code validationRoot}; the validation folder uses the training
     * classes, so labels agree. {@code options.validationSplit()} must be 0.
     */
    public static FolderDataset open(Path trainRoot, Path validationRoot, FolderOptions options) {
        if (options.validationSplit() != 0) {
            throw new IllegalArgumentException("use either a validation folder or a validation split, not both");
        }
        ScanReport report = new DatasetScanner(options.scan()).scanFolder(trainRoot);
        return of(report, new DatasetScanner(options.scan().withClasses(report.classes())).scanFolder(validationRoot),
                options);
    }

    /**
     * The samples of a scan of the training folder and a scan of the validation folder made with the training
     * classes, as {@link #open(Path, Path, FolderOptions)}.
     */
    public static FolderDataset of(ScanReport report, ScanReport validationReport, FolderOptions options) {
        if (options.validationSplit() != 0) {
            throw new IllegalArgumentException("use either a validation folder or a validation split, not both");
        }
        ImageDecoder decoder = new ImageDecoder(options.scan().maxPixels());
        return new FolderDataset(report, validationReport, source(report, report.images(), options, decoder),
                source(report, validationReport.images(), options, decoder));
    }

    private static FolderSource source(ScanReport report, List<ImageFile> files, FolderOptions options,
            ImageDecoder decoder) {
        return new FolderSource(report.classes(), files, options.height(), options.width(), options.colorMode(),
                options.interpolation(), decoder);
    }

    /** The scan of the training folder (the only folder when splitting). */
    public ScanReport report() {
        return report;
    }

    /** The scan of the validation folder, or {@code null} when validation comes from a split. */
    public ScanReport validationReport() {
        return validationReport;
    }

    /** Training samples. */
    public FolderSource training() {
        return training;
    }

    /** Validation samples (empty when there is neither a split nor a validation folder). */
    public FolderSource validation() {
        return validation;
    }

    /** Files left out because of problems, over both folders. */
    public int skippedCount() {
        return report.skippedCount() + (validationReport == null ? 0 : validationReport.skippedCount());
    }
}
