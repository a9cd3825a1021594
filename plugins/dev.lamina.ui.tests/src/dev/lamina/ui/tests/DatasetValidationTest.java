// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.ui.dataset.DatasetEditor;
import dev.lamina.ui.dataset.DatasetJobs;
import dev.lamina.ui.dataset.images.ImagesPage;
import dev.lamina.ui.dataset.images.ThumbnailGrid;
import dev.lamina.ui.runconfig.RunConfigEditor;

/**
 * The dataset editor opened from a run file on Fashion-MNIST class folders: training and validation counts of its
 * split, the two warnings of a split that leaves a small class out of validation, the split written back to the
 * run file and undone, the same editor from the run file editor's Data page, and images moved between classes with
 * the grid's context menu and undone.
 */
@ExtendWith({ FailOnLoggedErrors.class, InLaminaPerspective.class })
class DatasetValidationTest {

    private static final String PROJECT = "dataset-validation";
    private static final int TRAIN = 300;
    private static final String RUN = """
            {
              "format": 1,
              "model": "../models/fashion.lamina",
              "train": {"folder": "../data/train"},
              "validation": {"split": 0.2},
              "epochs": 1,
              "seed": 7,
              "loss": "categorical_crossentropy"
            }
            """;

    @Test
    void openedFromARunFileWithCountsWarningsSplitAndMoves() throws Exception {
        IFile runFile = TestProjects.fashionRun(PROJECT, TRAIN, 20, RUN);
        IProject project = runFile.getProject();
        Path dir = project.getLocation().toPath();
        // a small class (3 images) between labels 4 and 5: a split of 0.2 leaves it out of validation
        Path train = dir.resolve("data/train");
        Path scarf = Files.createDirectories(train.resolve("4-scarf"));
        List<Path> bags = TestProjects.files(train.resolve("8"));
        for (int i = 0; i < 3; i++) {
            Files.copy(bags.get(i), scarf.resolve("s" + i + ".png"));
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        // Open Dataset on the run file selected in the Project Explorer (the command of its context menu).
        CommonNavigator explorer = Views.show(IPageLayout.ID_PROJECT_EXPLORER);
        Ui.run(() -> explorer.selectReveal(new StructuredSelection(runFile)));
        Ui.flush();
        Ui.run(() -> {
            try {
                explorer.getSite().getService(IHandlerService.class).executeCommand("dev.lamina.ui.commands.openDataset",
                        null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.waitUntil("a dataset editor", () -> Ui.sync(() -> Editors.page().getActiveEditor() instanceof DatasetEditor));
        DatasetEditor editor = (DatasetEditor) Ui.sync(() -> Editors.page().getActiveEditor());
        waitForValidation(editor, "split 0.2");
        assertEquals(runFile, Ui.sync(editor::runFile));

        // Training and validation counts per class: the first int(0.2 × n) files of each class validate.
        List<String> classes = Ui.sync(() -> editor.report().classes());
        assertEquals(List.of("0", "1", "2", "3", "4", "4-scarf", "5", "6", "7", "8", "9"), classes);
        List<List<String>> rows = Ui.sync(() -> editor.classesPage().validationRows());
        for (int c = 0; c < classes.size(); c++) {
            int n = TestProjects.files(train.resolve(classes.get(c))).size();
            int held = (int) (0.2 * n);
            assertEquals(List.of(classes.get(c), String.valueOf(n - held), String.valueOf(held)), rows.get(c));
        }
        assertEquals(List.of("4-scarf", "3", "0"), rows.get(5));
        List<String> warnings = Ui.sync(() -> editor.classesPage().warningLines());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("4-scarf: class 4-scarf is missing from validation:"
                + " a split of 0.2 holds out int(0.2 × 3) = 0 of its 3 images")), String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("label order shifts: with this split the validation"
                + " part holds 10 of the 11 classes") && w.contains("gives 5 label 5 instead of 6")),
                String.join("\n", warnings));
        assertTrue(Ui.sync(() -> editor.classesPage().validationSummaryText()).startsWith("Validation from run.json"
                + " (split 0.2):"), Ui.sync(() -> editor.classesPage().validationSummaryText()));
        assertEquals("0.2", Ui.sync(() -> editor.classesPage().splitField().getText()));
        assertEquals("7", Ui.sync(() -> editor.classesPage().seedField().getText()));
        Ui.screenshot(Editors.workbenchShell(), "dataset-validation-split");

        // The split control writes 0.4 and seed 11 into run.json, as the run file editor writes keys; the class
        // gets one validation image and the warnings go. Undo puts the file back as it was.
        Ui.run(() -> {
            editor.classesPage().splitField().setText("0.4");
            editor.classesPage().seedField().setText("11");
        });
        Ui.click(Ui.sync(() -> editor.classesPage().writeSplitButton()));
        waitForValidation(editor, "split 0.4");
        String written = Files.readString(runFile.getLocation().toPath(), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"validation\": {\n    \"split\": 0.4\n  }"), written);
        assertTrue(written.contains("\"seed\": 11"), written);
        assertEquals(List.of("4-scarf", "2", "1"), Ui.sync(() -> editor.classesPage().validationRows()).get(5));
        assertTrue(Ui.sync(() -> editor.classesPage().warningLines()).stream().noneMatch(w -> w.contains(
                "missing from validation") || w.startsWith("label order shifts")));
        Ui.screenshot(Editors.workbenchShell(), "dataset-validation-split-written");
        undo(editor);
        waitForValidation(editor, "split 0.2");
        assertEquals(RUN, Files.readString(runFile.getLocation().toPath(), StandardCharsets.UTF_8));

        // The run file editor's Data page opens the same editor.
        RunConfigEditor runEditor = Ui.sync(() -> {
            try {
                return (RunConfigEditor) org.eclipse.ui.ide.IDE.openEditor(Editors.page(), runFile,
                        RunConfigEditor.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        assertNotNull(runEditor);
        DatasetEditor again = Ui.sync(() -> dev.lamina.ui.dataset.OpenDatasetHandler.openRunFile(Editors.page(),
                runFile));
        assertSame(editor, again);
        assertEquals(1, Ui.sync(() -> java.util.Arrays.stream(Editors.page().getEditorReferences())
                .filter(r -> DatasetEditor.ID.equals(r.getId())).count()).intValue());

        // Two images of 4-scarf moved to class 8 with the grid's context menu: Move to Class › 9  8.
        Ui.run(() -> editor.setActivePage(DatasetEditor.IMAGES_PAGE));
        Ui.run(() -> editor.imagesPage().filter(5, ImagesPage.Show.USABLE));
        Ui.flush();
        ThumbnailGrid grid = Ui.sync(() -> editor.imagesPage().grid());
        Ui.waitUntil("the 4-scarf tiles", () -> Ui.sync(() -> grid.tiles().size()) == 3);
        Ui.run(() -> grid.select(0));
        List<Path> moving = new ArrayList<>(Ui.sync(() -> grid.selection().stream().map(t -> t.path()).toList()));
        assertEquals(1, moving.size());
        List<String> items = Ui.sync(() -> chooseFromMenu(grid.getMenu(), "Move to Class", "9  8"));
        assertTrue(items.contains("0  0") && items.contains("10  9"), items.toString());
        Path moved = train.resolve("8").resolve(moving.get(0).getFileName());
        Ui.waitUntil("the moved image in class 8", () -> Files.isRegularFile(moved));
        waitForCount(editor, 5, 2);
        waitForCount(editor, 9, TestProjects.files(train.resolve("8")).size());
        Ui.screenshot(Editors.workbenchShell(), "dataset-validation-moved");
        undo(editor);
        Ui.waitUntil("the image back in 4-scarf", () -> Files.isRegularFile(moving.get(0)) && !Files.exists(moved));
        waitForCount(editor, 5, 3);
    }

    @Test
    void anIdxPairOpensAsClassFoldersExportedOnce() throws Exception {
        IProject project = TestProjects.open(PROJECT);
        Path idx = Files.createDirectories(project.getLocation().toPath().resolve("idx"));
        Path images = FashionFolders.head(FashionFolders.FASHION_MNIST.resolve("t10k-images-idx3-ubyte.gz"),
                idx.resolve("t10k-images-idx3-ubyte.gz"), 16, 28 * 28, 200);
        Path labels = FashionFolders.head(FashionFolders.FASHION_MNIST.resolve("t10k-labels-idx1-ubyte.gz"),
                idx.resolve("t10k-labels-idx1-ubyte.gz"), 8, 1, 200);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile imageFile = project.getFile("idx/t10k-images-idx3-ubyte.gz");

        Ui.run(() -> dev.lamina.ui.dataset.OpenDatasetHandler.openIdxPair(Editors.page(), imageFile));
        Ui.waitUntil("the dataset editor on t10k-classes", () -> Ui.sync(() -> Editors.page().getActiveEditor()
                instanceof DatasetEditor open && open.folder().getName().equals("t10k-classes")));
        DatasetEditor editor = (DatasetEditor) Ui.sync(() -> Editors.page().getActiveEditor());
        Ui.waitUntil("the full scan", () -> Ui.sync(editor::verified));
        dev.lamina.data.idx.IdxDataset pair = dev.lamina.data.idx.IdxDataset.read(images, labels);
        int[] counts = new int[10];
        for (int i = 0; i < pair.size(); i++) {
            counts[pair.label(i)]++;
        }
        List<List<String>> rows = Ui.sync(() -> editor.classesPage().rows());
        for (int label = 0; label < 10; label++) {
            assertEquals(List.of(String.valueOf(label), String.valueOf(label), String.valueOf(counts[label])),
                    rows.get(label));
        }
        Ui.screenshot(Editors.workbenchShell(), "dataset-idx-pair");
        Ui.run(() -> dev.lamina.ui.dataset.OpenDatasetHandler.openIdxPair(Editors.page(), imageFile));
        Ui.flush();
        assertSame(editor, Ui.sync(() -> Editors.page().getActiveEditor()));
        assertEquals(1, Ui.sync(() -> java.util.Arrays.stream(Editors.page().getEditorReferences())
                .filter(r -> DatasetEditor.ID.equals(r.getId())).count()).intValue());
    }

    /** Opens a menu and its sub-menu as a user would (their Show events fill them), then picks an item. */
    private static List<String> chooseFromMenu(Menu menu, String subMenu, String item) {
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem sub = java.util.Arrays.stream(menu.getItems()).filter(i -> i.getText().equals(subMenu)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + subMenu + " in the context menu"));
        Menu classes = sub.getMenu();
        classes.notifyListeners(SWT.Show, new Event());
        List<String> texts = java.util.Arrays.stream(classes.getItems()).map(MenuItem::getText).toList();
        MenuItem chosen = java.util.Arrays.stream(classes.getItems()).filter(i -> i.getText().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + item + " in " + texts));
        chosen.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    static void waitForValidation(DatasetEditor editor, String described) {
        Ui.waitUntil("the dataset's validation: " + described, () -> Ui.sync(() -> editor.verified()
                && editor.validation() != null && editor.validation().describe().equals(described)));
        try {
            Job.getJobManager().join(DatasetJobs.SCAN_FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Ui.flush();
    }

    private static void waitForCount(DatasetEditor editor, int label, int count) {
        Ui.waitUntil("class " + label + " to have " + count + " images", () -> String.valueOf(count)
                .equals(Ui.sync(() -> editor.classesPage().rows().get(label).get(2))) && Ui.sync(editor::verified));
    }

    static void undo(DatasetEditor editor) {
        Ui.run(() -> {
            Editors.page().activate(editor);
            try {
                editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
