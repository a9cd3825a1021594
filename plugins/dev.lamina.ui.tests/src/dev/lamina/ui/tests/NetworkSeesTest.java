// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.ModelFile;
import dev.lamina.data.pipeline.Batch;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.ClassMode;
import dev.lamina.data.pipeline.EpochBatches;
import dev.lamina.data.pipeline.PipelineOptions;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.engine.run.PreparedRun;
import dev.lamina.engine.run.RunPreparation;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.config.RunFile;
import dev.lamina.ui.dataset.DatasetEditor;
import dev.lamina.ui.dataset.OpenDatasetHandler;
import dev.lamina.ui.dataset.images.NetworkInput;
import dev.lamina.ui.dataset.images.ThumbnailGrid;
import dev.lamina.ui.dataset.images.Tile;

/**
 * The dataset editor opened from a run file: What the Network Sees shows, for a training image and a validation
 * image, the very features the trainer's batches hold for it (prepared by {@link RunPreparation} from the same run
 * file, batched with the {@link Trainer}'s options), and the Classes page chooses a validation folder into the run
 * file, undoably.
 */
@ExtendWith(FailOnLoggedErrors.class)
class NetworkSeesTest {

    private static final String RUN = """
            {
              "format": 2,
              "model": "../models/fashion.lamina",
              "train": {"folder": "../data/train"},
              "validation": {"split": 0.2},
              "preprocessing": {
                "interpolation": "bilinear",
                "rescale": 0.00392156862745098,
                "augmentation": {"rotation_range": 30, "width_shift_range": 0.1, "height_shift_range": 0.1,
                  "shear_range": 0.2, "zoom_range": 0.2, "horizontal_flip": true, "fill_mode": "reflect"}
              },
              "batch_size": 16,
              "epochs": 1,
              "seed": 7,
              "loss": "categorical_crossentropy"
            }
            """;

    @BeforeAll
    static void showTheLaminaPerspective() {
        Editors.showLaminaPerspective();
    }

    @AfterEach
    void closeEditors() {
        Editors.closeAll();
    }

    private static IFile project(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path dir = project.getLocation().toPath();
        FashionFolders.export(dir, 120, 30);
        Files.createDirectories(dir.resolve("models"));
        ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve("models/fashion.lamina"));
        Files.createDirectories(dir.resolve("runs"));
        Files.writeString(dir.resolve("runs/run.json"), RUN);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project.getFile("runs/run.json");
    }

    @Test
    void theTensorShownIsTheTrainingBatchsTensor() throws Exception {
        IFile runFile = project("network-sees");
        DatasetEditor editor = Ui.sync(() -> OpenDatasetHandler.openRunFile(Editors.page(), runFile));
        assertNotNull(editor);
        DatasetValidationTest.waitForValidation(editor, "split 0.2");
        Ui.run(() -> editor.setActivePage(DatasetEditor.IMAGES_PAGE));
        ThumbnailGrid grid = Ui.sync(() -> editor.imagesPage().grid());
        List<Path> tiles = Ui.sync(() -> grid.tiles().stream().map(Tile::path).toList());

        // The trainer's own data and options for the same run file.
        PreparedRun run = prepare(runFile.getLocation().toPath());
        PipelineOptions training = Trainer.trainingOptions(run.settings(), ClassMode.CATEGORICAL);
        SampleSource trainingSamples = run.data().training();
        SampleSource validationSamples = run.data().validation();

        // A training image (the last file of the first class: a split holds out the first ones).
        int trainTile = tiles.indexOf(Path.of(trainingSamples.describe(trainingSamples.size() / 2)));
        int validationTile = tiles.indexOf(Path.of(validationSamples.describe(1)));
        assertTrue(trainTile >= 0 && validationTile >= 0, tiles.toString());

        Ui.run(() -> grid.select(trainTile));
        Ui.run(() -> editor.setActivePage(DatasetEditor.NETWORK_PAGE));
        Ui.flush();
        NetworkInput shown = Ui.sync(() -> editor.networkPage().shown());
        assertNotNull(shown, "nothing shown for " + tiles.get(trainTile));
        assertTrue(shown.training());
        assertEquals(trainingSamples.size() / 2, shown.sample());
        assertTrue(Ui.sync(() -> editor.networkPage().originText()).startsWith("As run.json trains: 28×28 grayscale,"
                + " bilinear resize, rescale 1/255, augmentation: rotation 30°"),
                Ui.sync(() -> editor.networkPage().originText()));
        assertEquals(6, shown.augmented().size());
        for (int epoch = 0; epoch < NetworkInput.VARIANTS; epoch++) {
            assertArrayEquals(featuresInBatch(trainingSamples, training, epoch, shown.sample()),
                    shown.augmented().get(epoch), "epoch " + (epoch + 1) + " of " + tiles.get(trainTile));
        }
        assertFalse(Arrays.equals(shown.augmented().get(0), shown.augmented().get(1)));
        // unaugmented, the tensor is the file's grey values × 1/255 (28×28, no resize): read here by ImageIO
        java.awt.image.Raster raster = javax.imageio.ImageIO.read(tiles.get(trainTile).toFile()).getRaster();
        float[] expected = new float[28 * 28];
        for (int p = 0; p < expected.length; p++) {
            expected[p] = raster.getSample(p % 28, p / 28, 0) * (1f / 255);
        }
        assertArrayEquals(expected, shown.tensor());
        Ui.screenshot(Editors.workbenchShell(), "network-sees-training-image");

        // A validation image: never augmented, the validation batch's features.
        Ui.run(() -> editor.setActivePage(DatasetEditor.IMAGES_PAGE));
        Ui.run(() -> grid.select(validationTile));
        Ui.run(() -> editor.setActivePage(DatasetEditor.NETWORK_PAGE));
        Ui.flush();
        NetworkInput validating = Ui.sync(() -> editor.networkPage().shown());
        assertFalse(validating.training());
        assertEquals(1, validating.sample());
        assertTrue(validating.augmented().isEmpty());
        assertArrayEquals(featuresInBatch(validationSamples, Trainer.validationOptions(training), 0, 1),
                validating.tensor());
        Ui.screenshot(Editors.workbenchShell(), "network-sees-validation-image");
    }

    /**
     * {@link RunPreparation#prepare} as training calls it, with ND4J's classes as the context class loader (ND4J finds
     * its back end through it; this test bundle's loader does not see it).
     */
    private static PreparedRun prepare(Path runFile) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(RunPreparation.class.getClassLoader().loadClass("org.nd4j.linalg.factory.Nd4j")
                .getClassLoader());
        try {
            return RunPreparation.prepare(RunFile.load(runFile));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The features sample {@code sample} has in the batch of {@code epoch} that holds it. */
    private static float[] featuresInBatch(SampleSource source, PipelineOptions options, int epoch, int sample) {
        try (BatchPipeline pipeline = new BatchPipeline(source, options);
                EpochBatches batches = pipeline.epoch(epoch)) {
            while (batches.hasNext()) {
                Batch batch = batches.next();
                int size = batch.featureShape()[1] * batch.featureShape()[2] * batch.featureShape()[3];
                for (int i = 0; i < batch.sampleIndices().length; i++) {
                    if (batch.sampleIndices()[i] == sample) {
                        return Arrays.copyOfRange(batch.features(), i * size, (i + 1) * size);
                    }
                }
            }
        }
        throw new AssertionError("sample " + sample + " is in no batch of epoch " + epoch);
    }

    @Test
    void aValidationFolderChosenInTheEditorIsWrittenToTheRunFile() throws Exception {
        IFile runFile = project("validation-folder");
        Path validation = runFile.getProject().getLocation().toPath().resolve("data/validation");
        // class 9 has no folder in the validation folder
        try (var files = Files.walk(validation.resolve("9"))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        runFile.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        DatasetEditor editor = Ui.sync(() -> OpenDatasetHandler.openRunFile(Editors.page(), runFile));
        DatasetValidationTest.waitForValidation(editor, "split 0.2");

        // The button opens a chooser of workspace folders.
        Ui.click(Ui.sync(() -> editor.classesPage().chooseFolderButton()));
        Shell chooser = Ui.waitForShell("Validation Folder");
        Ui.screenshot(chooser, "validation-folder-chooser");
        Ui.run(chooser::close);
        Ui.flush();

        Ui.run(() -> editor.writeValidationFolder(runFile.getProject().getFolder("data/validation")));
        DatasetValidationTest.waitForValidation(editor, "folder " + validation);
        String written = Files.readString(runFile.getLocation().toPath(), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"validation\": {\n    \"folder\": \"../data/validation\"\n  }"), written);
        List<List<String>> rows = Ui.sync(() -> editor.classesPage().validationRows());
        for (List<String> row : rows) {
            int held = row.get(0).equals("9") ? 0 : countFiles(validation.resolve(row.get(0)));
            assertEquals(String.valueOf(countFiles(runFile.getProject().getLocation().toPath().resolve("data/train")
                    .resolve(row.get(0)))), row.get(1), row.toString());
            assertEquals(String.valueOf(held), row.get(2), row.toString());
        }
        List<String> warnings = Ui.sync(() -> editor.classesPage().warningLines());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("class 9 is missing from validation: validation has no"
                + " folder 9")), String.join("\n", warnings));
        assertTrue(Ui.sync(() -> editor.classesPage().validationSummaryText()).startsWith("Validation from run.json"),
                Ui.sync(() -> editor.classesPage().validationSummaryText()));
        Ui.screenshot(Editors.workbenchShell(), "validation-folder-chosen");

        // Undo puts the split back.
        DatasetValidationTest.undo(editor);
        DatasetValidationTest.waitForValidation(editor, "split 0.2");
        assertEquals(RUN, Files.readString(runFile.getLocation().toPath(), StandardCharsets.UTF_8));
    }

    private static int countFiles(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var list = Files.list(folder)) {
            return (int) list.count();
        }
    }
}
