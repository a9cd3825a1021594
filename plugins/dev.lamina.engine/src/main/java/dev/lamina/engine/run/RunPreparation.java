// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.run;

import java.nio.file.Path;
import java.util.List;

import dev.lamina.core.layer.InputLayer;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.data.DataException;
import dev.lamina.data.folder.FolderDataset;
import dev.lamina.data.folder.FolderOptions;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.data.pipeline.Subset;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.engine.archive.ModelMetadata;
import dev.lamina.engine.device.BackendDecision;
import dev.lamina.engine.device.Devices;
import dev.lamina.engine.network.ModelNotTrainableException;
import dev.lamina.engine.training.Trainer;
import dev.lamina.engine.training.TrainingData;
import dev.lamina.run.config.Backend;
import dev.lamina.run.config.DataSource;
import dev.lamina.run.config.Preprocessing;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.TargetSize;
import dev.lamina.run.config.TrainingSettings;
import dev.lamina.run.config.Validation;

/**
 * Loads what a run configuration names: the model, the data prepared to the model's input size and colours,
 * and the trainer's settings. The CLI and the workbench both start runs through here.
 */
public final class RunPreparation {

    private RunPreparation() {
    }

    public static PreparedRun prepare(RunConfig config) throws RunPreparationException {
        BackendDecision backend = backend(config);
        Path modelFile = config.model().resolved();
        Model model = model(modelFile);
        InputLayer input = (InputLayer) model.layer(0);
        Preprocessing preprocessing = config.preprocessing();
        TargetSize size = preprocessing.targetSizeOr(input.height(), input.width());
        ColorMode colorMode = colorMode(preprocessing, input);
        if (size.height() != input.height() || size.width() != input.width()
                || colorMode.channels() != input.channels()) {
            throw new RunPreparationException("the run prepares " + size.height() + "×" + size.width() + "×"
                    + colorMode.channels() + " images but the model's Input is " + input.height() + "×"
                    + input.width() + "×" + input.channels());
        }
        TrainingData data;
        try {
            data = data(config, size, colorMode, preprocessing);
        } catch (DataException e) {
            throw new RunPreparationException(e.getMessage());
        }
        TrainingSettings settings = settings(config);
        try {
            Trainer.checkFits(Trainer.plan(model, settings), data);
        } catch (ModelNotTrainableException e) {
            throw new RunPreparationException(modelFile.getFileName() + ": " + e.getMessage());
        }
        ModelMetadata metadata = new ModelMetadata(model, data.training().classNames(), size.height(), size.width(),
                colorMode, preprocessing.interpolation(), preprocessing.rescale(), config.loss(), List.of());
        return new PreparedRun(config, model, data, settings, metadata, backend);
    }

    /**
     * How a run decodes its folder images: the size and colours its model's {@code Input} takes (or the run
     * file's {@code target_size} and {@code color_mode}), with the run's interpolation; what {@link #prepare} trains
     * on, for the dataset editor's view of what the network sees.
     *
     * @throws RunPreparationException when the model does not load or does not start with an Input layer
     */
    public static FolderOptions folderOptions(RunConfig config) throws RunPreparationException {
        InputLayer input = (InputLayer) model(config.model().resolved()).layer(0);
        Preprocessing preprocessing = config.preprocessing();
        TargetSize size = preprocessing.targetSizeOr(input.height(), input.width());
        return folderOptions(size, colorMode(preprocessing, input), preprocessing);
    }

    /** The model of a run, which must start with an Input layer. */
    private static Model model(Path modelFile) throws RunPreparationException {
        Model model;
        try {
            model = ModelFile.load(modelFile);
        } catch (ModelLoadException e) {
            throw new RunPreparationException(e.getMessage());
        }
        if (model.size() == 0 || !(model.layer(0) instanceof InputLayer)) {
            throw new RunPreparationException(modelFile + ": the model must start with an Input layer");
        }
        return model;
    }

    private static ColorMode colorMode(Preprocessing preprocessing, InputLayer input)
            throws RunPreparationException {
        try {
            return preprocessing.colorModeOr(input.channels());
        } catch (IllegalArgumentException e) {
            throw new RunPreparationException(e.getMessage());
        }
    }

    private static FolderOptions folderOptions(TargetSize size, ColorMode colorMode, Preprocessing preprocessing) {
        return FolderOptions.defaults().withTargetSize(size.height(), size.width())
                .withColorMode(colorMode).withInterpolation(preprocessing.interpolation());
    }

    /**
     * Where the run computes: decided from the GPUs found before ND4J starts ({@link Devices}).
     *
     * @throws RunPreparationException with the one-line reason when the run asks for what this machine cannot do
     */
    public static BackendDecision backend(RunConfig config) throws RunPreparationException {
        BackendDecision decision = Devices.decide(config.backend(), config.device());
        if (decision.refused()) {
            throw new RunPreparationException(decision.reason());
        }
        if (Devices.cudaBackEndPresent()) {
            // ND4J picks one back end per process (the lamina launcher sets it from the same decision)
            boolean cpu = Nd4j.getEnvironment().isCPU();
            if (decision.backend() == Backend.CUDA && cpu) {
                String why = "ND4J could not start its CUDA back end for GPU " + decision.device() + " (it needs the"
                        + " NVIDIA driver, CUDA 11.6 and cuDNN 8.3 installed; see docs/gpu.md)";
                if (config.backend() != Backend.AUTO) {
                    throw new RunPreparationException("backend cuda: " + why);
                }
                decision = BackendDecision.cpu(why + "; training on the CPU");
            } else if (decision.backend() == Backend.CPU && !cpu) {
                throw new RunPreparationException("this run trains on the CPU (" + decision.reason() + "), but ND4J"
                        + " started its CUDA back end in this Lamina; start Lamina with BACKEND_PRIORITY_GPU=-1 (the"
                        + " lamina launcher sets it when the command line's decision is the CPU)");
            }
        }
        return decision;
    }

    /** The trainer's settings of a run: epochs, batches, seed, rescale, augmentation, threads... */
    public static TrainingSettings settings(RunConfig config) {
        int cores = Runtime.getRuntime().availableProcessors();
        int dataThreads = Math.max(1, Math.min(4, config.threads() == 0 ? cores : config.threads()));
        int checkpointEvery = config.checkpointEvery() == 0 ? config.epochs() : config.checkpointEvery();
        var augmentation = config.preprocessing().augmentation();
        return new TrainingSettings(config.epochs(), config.batchSize(), config.seed(), config.shuffle(),
                config.optimizer(), config.loss(), (float) config.preprocessing().rescale(),
                augmentation.isIdentity() ? null : augmentation, config.stop().orElse(null),
                config.earlyStopping().orElse(null), checkpointEvery, dataThreads);
    }

    private static TrainingData data(RunConfig config, TargetSize size, ColorMode colorMode,
            Preprocessing preprocessing) throws RunPreparationException {
        FolderOptions folderOptions = folderOptions(size, colorMode, preprocessing);
        Validation validation = config.validation();
        if (config.train() instanceof DataSource.Folder train) {
            FolderDataset dataset;
            if (validation instanceof Validation.Separate(DataSource.Folder folder)) {
                dataset = FolderDataset.open(train.folder().resolved(), folder.folder().resolved(), folderOptions);
            } else if (validation instanceof Validation.Split(double fraction)) {
                dataset = FolderDataset.open(train.folder().resolved(), folderOptions.withValidationSplit(fraction));
            } else if (validation instanceof Validation.Separate) {
                throw new RunPreparationException("validation: a folder of class folders trains with a validation"
                        + " folder, not IDX files");
            } else {
                dataset = FolderDataset.open(train.folder().resolved(), folderOptions);
            }
            if (!dataset.report().isTrainable()) {
                throw new RunPreparationException(train.folder().resolved() + ": no trainable dataset: "
                        + dataset.report().summary().lines().findFirst().orElse(""));
            }
            return new TrainingData(dataset.training(), validation.isPresent() ? dataset.validation() : null,
                    dataset.skippedCount());
        }
        DataSource.Idx train = (DataSource.Idx) config.train();
        SampleSource all = idx(train, size, colorMode, preprocessing);
        if (validation instanceof Validation.Split(double fraction)) {
            // as Keras's fit(validation_split=...): the last fraction of the samples, before any shuffling
            int cut = (int) Math.round(all.size() * (1 - fraction));
            return new TrainingData(Subset.range(all, 0, cut), Subset.range(all, cut, all.size()), 0);
        }
        if (validation instanceof Validation.Separate(DataSource.Idx idx)) {
            return new TrainingData(all, idx(idx, size, colorMode, preprocessing), 0);
        }
        if (validation instanceof Validation.Separate) {
            throw new RunPreparationException("validation: IDX training data validates with IDX files, not a folder");
        }
        return new TrainingData(all, null, 0);
    }

    private static SampleSource idx(DataSource.Idx idx, TargetSize size, ColorMode colorMode,
            Preprocessing preprocessing) {
        IdxDataset data = IdxDataset.read(idx.images().resolved(), idx.labels().resolved());
        if (data.height() == size.height() && data.width() == size.width() && colorMode == ColorMode.GRAYSCALE) {
            return data;
        }
        return data.resized(size.height(), size.width(), colorMode, preprocessing.interpolation());
    }
}
