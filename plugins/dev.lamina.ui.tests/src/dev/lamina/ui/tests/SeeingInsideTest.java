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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.ModelFile;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.PixelImage;
import dev.lamina.engine.inference.LayerActivation;
import dev.lamina.engine.inference.Prediction;
import dev.lamina.engine.inference.TrainedModel;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.history.RunSummary;
import dev.lamina.ui.activations.ActivationsView;
import dev.lamina.ui.dataset.DatasetEditor;
import dev.lamina.ui.dataset.OpenDatasetHandler;
import dev.lamina.ui.dataset.images.ThumbnailGrid;
import dev.lamina.ui.activations.LayerTiles;
import dev.lamina.ui.predict.PredictView;
import dev.lamina.ui.predict.PredictedImage;
import dev.lamina.ui.runs.RunConsole;
import dev.lamina.ui.runs.TrainingJob;
import dev.lamina.ui.runs.history.RunsView;

/**
 * The Activations and Predict views on a real run: the course's MNIST model trained for two epochs on 600
 * Fashion-MNIST images in the workbench. Activations: a tile per channel of each conv/pool layer, ranges equal to
 * the engine's, a tile enlarged with a real click, export, and the time an image switch takes. Predict: a folder of
 * class folders, accuracy equal to the correct rows, sorting, and the Grad-CAM overlay following its slider.
 */
@ExtendWith(FailOnLoggedErrors.class)
class SeeingInsideTest {

    private static final long TIMEOUT_MS = 300_000;

    private static IProject project;
    private static Path run;
    private static Path validation;

    @BeforeAll
    static void trainARun() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("seeing-inside-tests");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        Path dir = project.getLocation().toFile().toPath();
        FashionFolders.export(dir, 600, 150);
        ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve("model.lamina"));
        Files.writeString(dir.resolve("run.json"), FashionFolders.runJson(2, "0.001"), StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        Editors.showLaminaPerspective();
        TrainingJob job = new TrainingJob(project.getFile("run.json"), RunConsole.open("run.json"));
        job.schedule();
        job.join(TIMEOUT_MS, null);
        assertTrue(job.getResult() != null && job.getResult().isOK(), "training: " + job.getResult());
        run = job.folder();
        assertTrue(Files.isRegularFile(run.resolve(RunLayout.TRAINED_MODEL)));
        validation = dir.resolve("data/validation");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        Ui.run(() -> {
            for (String id : List.of(ActivationsView.ID, PredictView.ID, RunsView.ID)) {
                var view = Editors.page().findView(id);
                if (view != null) {
                    Editors.page().hideView(view);
                }
            }
        });
        project.delete(true, true, null);
    }

    @Test
    void activationsShowATilePerChannelWithTheEnginesRanges() throws Exception {
        // Show Activations on the Runs view's context menu opens the view on the selected run
        RunsView runs = Views.show(RunsView.ID);
        Ui.waitUntil("the Runs view to list the run", () -> Ui.sync(runs::listed).stream()
                .anyMatch(s -> s != null && s.folder().equals(run)));
        Ui.run(() -> {
            Editors.page().activate(runs);
            RunSummary summary = runs.listed().stream().filter(s -> s != null && s.folder().equals(run))
                    .findFirst().orElseThrow();
            runs.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                    project.getFolder(project.getLocation().toFile().toPath().relativize(summary.folder())
                            .toString())), true);
            Menu menu = runs.viewer().getTable().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            MenuItem item = java.util.Arrays.stream(menu.getItems()).filter(i -> i.getText().equals(
                    "Show Activations")).findFirst().orElseThrow();
            item.notifyListeners(SWT.Selection, new Event());
            menu.notifyListeners(SWT.Hide, new Event());
        });
        ActivationsView view = Views.show(ActivationsView.ID);
        Ui.waitUntil("the Activations view on the run", () -> run.equals(Ui.sync(view::run)));
        List<Path> images = images(validation).subList(0, 6);
        Ui.run(() -> view.showImage(images.get(0)));
        awaitShown(view, images.get(0));

        TrainedModel model = TrainedModel.load(run.resolve(RunLayout.TRAINED_MODEL));
        List<LayerActivation> expected = model.activations(images.get(0));
        List<LayerTiles> layers = Ui.sync(view::layers);
        assertEquals(List.of("Conv2D", "MaxPooling2D"), layers.stream().map(l -> l.activation().layerType())
                .toList(), "one row per conv/pool layer of the course's MNIST model");
        assertEquals(expected.size(), layers.size());
        for (int i = 0; i < layers.size(); i++) {
            LayerTiles layer = layers.get(i);
            LayerActivation engine = expected.get(i);
            assertEquals(engine.layerName(), layer.activation().layerName());
            assertEquals(engine.channels(), layer.layout().channels(), "a tile per channel of " + engine.layerName());
            int size = engine.height() * engine.width();
            for (int c = 0; c < engine.channels(); c++) {
                float min = Float.POSITIVE_INFINITY;
                float max = Float.NEGATIVE_INFINITY;
                for (int k = c * size; k < (c + 1) * size; k++) {
                    min = Math.min(min, engine.values()[k]);
                    max = Math.max(max, engine.values()[k]);
                }
                assertArrayEquals(new float[] { min, max }, layer.range(c), 1e-5f, engine.layerName() + " #" + c);
            }
        }

        // the slider: the run kept a state per epoch (epochs/epoch-001.zip, model.zip for epoch 2), at the last
        Scale epochs = Ui.sync(view::epochScale);
        assertTrue(Ui.sync(epochs::getEnabled), Ui.sync(epochs::getToolTipText));
        assertEquals(1, Ui.sync(epochs::getMaximum));
        assertEquals(1, Ui.sync(epochs::getSelection));
        LayerTiles finalConv = layers.get(0);
        Path epoch1 = RunLayout.epochState(run, 1);
        Ui.run(epochs::setFocus);
        Ui.key(0, SWT.ARROW_LEFT);
        awaitShown(view, images.get(0), epoch1);
        LayerTiles epoch1Conv = Ui.sync(view::layers).get(0);
        assertArrayEquals(TrainedModel.load(epoch1).activations(images.get(0)).get(0).values(),
                epoch1Conv.activation().values(), 1e-5f, "epoch 1's maps, as the engine computes them from its state");
        assertFalse(java.util.Arrays.equals(finalConv.grid().pixels(), epoch1Conv.grid().pixels()),
                "the tiles change with the epoch");
        assertTrue(Ui.sync(view::epochText).startsWith("epoch 1 "), Ui.sync(view::epochText));
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "activations-view-epoch1");
        Ui.key(0, SWT.ARROW_RIGHT);
        awaitShown(view, images.get(0), run.resolve(RunLayout.TRAINED_MODEL));
        assertArrayEquals(finalConv.activation().values(), Ui.sync(view::layers).get(0).activation().values(), 1e-5f,
                "back at the last epoch: model.zip's maps again");

        // a run that kept one state (written before Lamina kept one per epoch): the slider is off and says why
        Path old = Files.createTempDirectory("old-run");
        for (String name : List.of(RunLayout.RUN, RunLayout.METRICS, RunLayout.TRAINED_MODEL)) {
            Files.copy(run.resolve(name), old.resolve(name));
        }
        Ui.run(() -> view.setRun(old));
        awaitShown(view, images.get(0), old.resolve(RunLayout.TRAINED_MODEL));
        assertFalse(Ui.sync(epochs::getEnabled));
        assertTrue(Ui.sync(epochs::getToolTipText).contains("kept one trained state"), Ui.sync(epochs::getToolTipText));
        Ui.run(() -> view.setRun(run));
        awaitShown(view, images.get(0), run.resolve(RunLayout.TRAINED_MODEL));

        Views.maximize(ActivationsView.ID);
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "activations-view");

        // a real click on a tile of the pooling layer enlarges it with its value range
        int channel = 5;
        Rectangle tile = Ui.sync(() -> view.tileBounds(1, channel));
        Ui.run(() -> ((org.eclipse.swt.custom.ScrolledComposite) view.canvas().getParent()).setOrigin(0,
                Math.max(0, tile.y - 40)));
        Ui.flush();
        Ui.clickAt(Ui.sync(view::canvas), tile.x + tile.width / 2, tile.y + tile.height / 2);
        Shell dialog = Ui.waitForShell(Ui.sync(() -> view.tileTitle(1, channel)));
        String range = Ui.sync(() -> view.tileRange(1, channel));
        assertNotNull(Ui.find(dialog, Label.class, l -> l.getText().equals(range)), "the dialog shows " + range);
        float[] r = layers.get(1).range(channel);
        assertTrue(range.contains(String.format(Locale.ROOT, "%.4g", r[1])), range);
        Ui.flush();
        Ui.screenshot(dialog, "activations-tile");
        Ui.click(Ui.button(dialog, "Close"));

        Path png = Files.createTempFile("activations", ".png");
        Ui.run(() -> {
            try {
                view.exportPng(png);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        PixelImage exported = new ImageDecoder().decode(png, ColorMode.RGB);
        assertTrue(exported.width() >= layers.get(0).layout().width() && exported.height() > layers.get(0).layout()
                .height() + layers.get(1).layout().height(), exported.width() + "x" + exported.height());

        // switching images: from the request on the UI thread to the new grid shown
        List<Long> switches = new ArrayList<>();
        List<Long> jobs = new ArrayList<>();
        for (Path image : images.subList(1, images.size())) {
            long start = System.nanoTime();
            Ui.run(() -> view.showImage(image));
            awaitShown(view, image);
            switches.add((System.nanoTime() - start) / 1_000_000);
            jobs.add(Ui.sync(view::shown).millis());
        }
        // the end-to-end figure includes up to 100 ms of this test's polling
        System.out.println("Activations view, course MNIST model (" + layers.stream().map(l -> l.activation()
                .layerType() + " " + l.shape()).toList() + "), image switch to grid shown: " + switches
                + " ms; in the job: " + jobs + " ms");

        // Random from Validation draws one of the run's validation images
        Ui.click(Ui.find(Ui.sync(() -> view.canvas().getShell()), org.eclipse.swt.widgets.Button.class,
                b -> b.getText().equals("Random from Validation")));
        Ui.waitUntil("a validation image", () -> {
            var shown = Ui.sync(view::shown);
            return shown != null && shown.image().getFileName().toString().startsWith("lamina-validation-")
                    && shown.problem() == null;
        });
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "activations-view-random");
        Views.restore(ActivationsView.ID);
    }

    @Test
    void predictAFolderOfClassFoldersWithAccuracyAndGradCam() throws Exception {
        Path folder = Files.createTempDirectory("predict");
        List<String> classes = Files.list(validation).map(p -> p.getFileName().toString()).sorted().toList();
        for (String name : classes.subList(0, 3)) {
            Files.createDirectories(folder.resolve(name));
            for (Path image : images(validation.resolve(name)).subList(0, 4)) {
                Files.copy(image, folder.resolve(name).resolve(image.getFileName()));
            }
        }
        PredictView view = Views.show(PredictView.ID);
        Ui.run(() -> view.setRun(run));
        Ui.run(() -> view.add(List.of(folder)));
        Ui.waitUntil("12 rows", () -> Ui.sync(view::rows).size() == 12);
        List<PredictedImage> rows = Ui.sync(view::rows);

        TrainedModel model = TrainedModel.load(run.resolve(RunLayout.TRAINED_MODEL));
        List<String> names = model.metadata().classNames();
        int correct = 0;
        for (PredictedImage row : rows) {
            Prediction engine = model.predict(List.of(row.file())).get(0);
            assertEquals(engine.classIndex(), row.prediction().classIndex(), row.file().toString());
            String actual = row.file().getParent().getFileName().toString();
            assertEquals(names.indexOf(actual), row.actual());
            if (engine.classIndex() == names.indexOf(actual)) {
                correct++;
            }
        }
        assertEquals(correct, rows.stream().filter(PredictedImage::correct).count());
        String summary = Ui.sync(view::summaryText);
        assertTrue(summary.contains(String.format(Locale.ROOT, "accuracy %.4f (%d of 12", correct / 12.0, correct)),
                summary);

        // sort by probability as a click on the header does
        Table table = Ui.sync(() -> view.viewer().getTable());
        TableColumn column = Ui.sync(() -> table.getColumn(2));
        Ui.run(() -> column.notifyListeners(SWT.Selection, new Event()));
        Ui.waitUntil("rows sorted by probability", () -> {
            List<Double> p = Ui.sync(view::rows).stream().map(r -> r.prediction().probability()).toList();
            return p.equals(p.stream().sorted().toList()) && Ui.sync(table::getSortColumn) == column;
        });

        // Grad-CAM of the selected row, and its opacity slider
        Views.maximize(PredictView.ID);
        Rectangle first = Ui.sync(() -> table.getItem(0).getBounds(0));
        Ui.clickAt(table, first.x + first.width / 2, first.y + first.height / 2);
        Ui.waitUntil("the Grad-CAM overlay", () -> Ui.sync(view::gradCamOverlay) != null);
        // the selected row keeps its thumbnail visible over the selection highlight (a uniform fill has 1-2 colours)
        Ui.flush();
        Rectangle imageAt = Ui.sync(() -> table.getItem(table.getSelectionIndex()).getImageBounds(0));
        int colours = Ui.sync(() -> coloursOnScreen(table, imageAt));
        assertTrue(colours > 8, "the selected row's thumbnail shows " + colours + " colours");
        PixelImage at60 = Ui.sync(view::gradCamOverlay);
        PixelImage picture = Ui.sync(() -> view.gradCamShown().picture());
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "predict-view-gradcam");
        Scale opacity = Ui.sync(view::opacityScale);
        Ui.run(() -> {
            opacity.setSelection(0);
            opacity.notifyListeners(SWT.Selection, new Event());
        });
        PixelImage at0 = Ui.sync(view::gradCamOverlay);
        assertFalse(java.util.Arrays.equals(at60.pixels(), at0.pixels()), "the slider changes the overlay");
        assertArrayEquals(picture.pixels(), at0.pixels(), "at 0 % the image shows alone");
        Ui.run(() -> {
            opacity.setSelection(100);
            opacity.notifyListeners(SWT.Selection, new Event());
        });
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "predict-view-gradcam-100");
        Views.restore(PredictView.ID);
    }

    @Test
    void predictWithRunOnTheDatasetEditorsSelectedImages() throws Exception {
        PredictView view = Views.show(PredictView.ID);
        Ui.run(() -> view.setRun(run));
        DatasetEditor editor = Ui.sync(() -> OpenDatasetHandler.open(Editors.page(),
                project.getFolder("data/validation")));
        Ui.waitUntil("the scan of data/validation", () -> Ui.sync(editor::verified));
        Ui.run(() -> editor.setActivePage(DatasetEditor.IMAGES_PAGE));
        Ui.flush();
        Ui.run(() -> editor.imagesPage().filter(0, dev.lamina.ui.dataset.images.ImagesPage.Show.USABLE));
        Ui.flush();
        ThumbnailGrid grid = Ui.sync(() -> editor.imagesPage().grid());
        Ui.waitUntil("the tiles of the first class", () -> Ui.sync(() -> grid.tiles().size()) >= 3);
        // the first tile selected through the grid, then a real Ctrl+A on the focused grid: the workbench's Select
        // All selects every image the class filter shows
        Ui.run(() -> grid.select(0));
        Ui.focus(grid);
        Ui.key(SWT.CTRL, 'a', 'a');
        int shown = Ui.sync(() -> grid.tiles().size());
        Ui.waitUntil("Ctrl+A to select the " + shown + " tiles (focus: " + Ui.sync(() -> String.valueOf(
                Ui.display().getFocusControl())) + ")", () -> Ui.sync(() -> grid.selection().size()) == shown);
        List<Path> selected = Ui.sync(() -> grid.selection().stream().map(t -> t.path()).toList());
        Path firstClass = selected.get(0).getParent();
        assertEquals(images(firstClass), selected.stream().sorted().toList(),
                "Ctrl+A on the first class selects its images, and only those");

        // the context menu's Predict with Run... asks for the run, the Predict view's chosen at first
        Menu menu = Ui.sync(grid::getMenu);
        MenuItem item = Ui.sync(() -> {
            menu.notifyListeners(SWT.Show, new Event());
            return java.util.Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("Predict with Run..."))
                    .findFirst().orElseThrow(() -> new AssertionError("no Predict with Run... in " + java.util.Arrays
                            .stream(menu.getItems()).map(MenuItem::getText).toList()));
        });
        Ui.display().asyncExec(() -> {
            item.notifyListeners(SWT.Selection, new Event());
            menu.notifyListeners(SWT.Hide, new Event());
        });
        Shell dialog = Ui.waitForShell("Predict with Run");
        Ui.flush();
        Ui.screenshot(dialog, "predict-with-run-dialog");
        Ui.click(Ui.button(dialog, "OK"));

        Ui.waitUntil("the selected images predicted", () -> Ui.sync(view::rows).size() == selected.size());
        assertEquals(run, Ui.sync(view::run));
        List<PredictedImage> rows = Ui.sync(view::rows);
        assertEquals(selected.stream().sorted().toList(), rows.stream().map(PredictedImage::file).sorted().toList());
        TrainedModel model = TrainedModel.load(run.resolve(RunLayout.TRAINED_MODEL));
        for (PredictedImage row : rows) {
            Prediction engine = model.predict(List.of(row.file())).get(0);
            assertEquals(engine.classIndex(), row.prediction().classIndex(), row.file().toString());
            assertEquals(engine.probability(), row.prediction().probability(), 1e-5, row.file().toString());
            double[] p = row.probabilities();
            assertEquals(10, p.length, "a probability bar per class");
            assertEquals(1, java.util.Arrays.stream(p).sum(), 1e-4, "softmax over the classes");
        }
        assertEquals(selected.size(), Ui.sync(() -> view.viewer().getTable().getItemCount()),
                "one table row per image");
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "predict-view-from-dataset-selection");
        Ui.run(() -> Editors.page().closeEditor(editor, false));
        // the view's list emptied, as the other tests expect to find it
        Ui.run(() -> view.predictWith(run, List.of()));
        Ui.waitUntil("an empty Predict view", () -> Ui.sync(view::rows).isEmpty());
    }

    private static void awaitShown(ActivationsView view, Path image) {
        Ui.waitUntil("the activations of " + image, () -> {
            var shown = Ui.sync(view::shown);
            return shown != null && shown.image().equals(image) && Ui.sync(view::layers).size() > 0;
        });
    }

    private static void awaitShown(ActivationsView view, Path image, Path model) {
        Ui.waitUntil("the activations of " + image + " by " + model, () -> {
            var shown = Ui.sync(view::shown);
            return shown != null && shown.image().equals(image) && shown.model().equals(model)
                    && Ui.sync(view::layers).size() > 0;
        });
    }

    /** How many different colours the screen shows in {@code area} of {@code control}. */
    private static int coloursOnScreen(org.eclipse.swt.widgets.Control control, Rectangle area) {
        org.eclipse.swt.graphics.Point at = control.toDisplay(area.x, area.y);
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(control.getDisplay(), area.width,
                area.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(control.getDisplay());
        try {
            gc.copyArea(image, at.x, at.y);
            org.eclipse.swt.graphics.ImageData data = image.getImageData();
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    colours.add(data.getPixel(x, y));
                }
            }
            return colours.size();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static List<Path> images(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".png")).sorted(Comparator.naturalOrder()).toList();
        }
    }
}
