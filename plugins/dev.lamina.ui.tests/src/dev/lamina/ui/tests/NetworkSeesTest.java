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
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
import dev.lamina.ui.dataset.images.NetworkInputPage;
import dev.lamina.ui.dataset.images.ThumbnailGrid;
import dev.lamina.ui.dataset.images.Tile;

/**
 * The dataset editor opened from a run file: What the Network Sees shows, for a training image and a validation
 * image, the very features the trainer's batches hold for it (prepared by {@link RunPreparation} from the same run
 * file, batched with the {@link Trainer}'s options), and the Classes page chooses a validation folder into the run
 * file, undoably.
 */
@ExtendWith({ FailOnLoggedErrors.class, InLaminaPerspective.class })
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

    @Test
    void theTensorShownIsTheTrainingBatchsTensor() throws Exception {
        IFile runFile = TestProjects.fashionRun("network-sees", 120, 30, RUN);
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

    @Test
    void thePageScrollsToTheAugmentedVariantsInA1400x900Window() throws Exception {
        IFile runFile = TestProjects.fashionRun("network-sees-scroll", 120, 30, RUN);
        Editors.showLaminaPerspective();
        assertEquals(new Rectangle(0, 0, 1400, 900), Ui.sync(() -> Editors.workbenchShell().getBounds()));
        DatasetEditor editor = Ui.sync(() -> OpenDatasetHandler.openRunFile(Editors.page(), runFile));
        DatasetValidationTest.waitForValidation(editor, "split 0.2");
        Ui.run(() -> editor.setActivePage(DatasetEditor.IMAGES_PAGE));
        ThumbnailGrid grid = Ui.sync(() -> editor.imagesPage().grid());
        // the last image of the first class trains (a split holds out the first ones), so it has six variants
        int last = Ui.sync(() -> (int) grid.tiles().stream().filter(t -> t.classIndex() == 0).count()) - 1;
        Ui.run(() -> grid.select(last));
        Ui.run(() -> editor.setActivePage(DatasetEditor.NETWORK_PAGE));
        Ui.flush();
        NetworkInputPage page = Ui.sync(editor::networkPage);
        NetworkInput shown = Ui.sync(page::shown);
        assertTrue(shown.training());
        assertEquals(NetworkInput.VARIANTS, shown.variants().size());

        // the corner of what the canvas draws (the last variant's caption, the sample line) lies outside the page
        Point content = Ui.sync(page::contentSize);
        Point canvas = Ui.sync(() -> page.canvas().getSize());
        assertTrue(canvas.x >= content.x && canvas.y >= content.y, "the canvas holds what it draws: " + canvas
                + ", " + content);
        assertFalse(Ui.sync(() -> inView(page, content)), "at 1400×900 the page is smaller than what it shows");
        assertTrue(Ui.sync(() -> page.scroller().getVerticalBar().isVisible()), "a vertical scroll bar");
        Ui.screenshot(Editors.workbenchShell(), "network-sees-1400x900-top");

        // scrolled to the end, as the scroll bars would, it is in view
        Ui.run(() -> page.scroller().setOrigin(Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2));
        Ui.flush();
        assertTrue(Ui.sync(() -> inView(page, content)), "scrolled to the end, the variants are in view");
        assertTrue(Ui.sync(() -> page.scroller().getOrigin().y) > 0);
        Ui.screenshot(Editors.workbenchShell(), "network-sees-1400x900-scrolled");
    }

    /** Whether the last pixel the page's canvas draws, at {@code content}'s far corner, is in the page's view. */
    private static boolean inView(NetworkInputPage page, Point content) {
        Rectangle view = page.scroller().getClientArea();
        Point corner = page.canvas().toDisplay(content.x - 1, content.y - 1);
        Point viewOrigin = page.scroller().toDisplay(view.x, view.y);
        return new Rectangle(viewOrigin.x, viewOrigin.y, view.width, view.height).contains(corner);
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
        IFile runFile = TestProjects.fashionRun("validation-folder", 120, 30, RUN);
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
            int held = row.get(0).equals("9") ? 0 : TestProjects.count(validation.resolve(row.get(0)));
            Path train = runFile.getProject().getLocation().toPath().resolve("data/train");
            assertEquals(String.valueOf(TestProjects.count(train.resolve(row.get(0)))), row.get(1), row.toString());
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
}
