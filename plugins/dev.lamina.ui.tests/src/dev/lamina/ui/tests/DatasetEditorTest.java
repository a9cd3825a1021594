// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.data.idx.ExportReport;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.idx.IdxExporter;
import dev.lamina.ui.dataset.DatasetEditor;
import dev.lamina.ui.dataset.DatasetJobs;
import dev.lamina.ui.dataset.DatasetMarkers;
import dev.lamina.ui.dataset.OpenDatasetHandler;
import dev.lamina.ui.dataset.images.ThumbnailGrid;

/**
 * The dataset editor on Fashion-MNIST exported to class folders, salted with bad files: opened by a double-click
 * in the Project Explorer, classes in loader order with their counts, bad files as Problems markers that open
 * the editor, a thumbnail opened large with real clicks, a rescan when a file arrives on disk.
 */
@ExtendWith({ FailOnLoggedErrors.class, InLaminaPerspective.class })
class DatasetEditorTest {

    private static final String PROJECT = "dataset-tests";
    private static final List<String> NAMES = List.of("tshirt", "trouser", "pullover", "dress", "coat", "sandal",
            "shirt", "sneaker", "bag", "boot");
    private static final int COUNT = 300;
    private static List<String> lastProblemRows = List.of();

    private static IdxDataset fashionTestSet() {
        Path fashion = FashionFolders.FASHION_MNIST;
        assertTrue(Files.isDirectory(fashion), fashion + " is missing (apt-get install dataset-fashion-mnist)");
        return IdxDataset.read(fashion.resolve("t10k-images-idx3-ubyte.gz"), fashion.resolve("t10k-labels-idx1-ubyte.gz"),
                NAMES);
    }

    /** A fresh folder of the test project, its files made on disk by {@code make}, then refreshed. */
    private static IFolder folder(String name, DiskWork make) throws Exception {
        IProject project = TestProjects.open(PROJECT);
        IFolder folder = project.getFolder(name);
        if (folder.exists()) {
            folder.delete(true, null);
        }
        make.run(project.getLocation().toPath().resolve(name));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return folder;
    }

    private interface DiskWork {
        void run(Path folder) throws Exception;
    }

    private static DatasetEditor waitForScan(DatasetEditor editor) {
        Ui.waitUntil("the full scan of " + Ui.sync(() -> editor.getPartName()), () -> Ui.sync(editor::verified));
        try {
            Job.getJobManager().join(DatasetJobs.SCAN_FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Ui.flush();
        return editor;
    }

    @Test
    void fashionMnistClassesProblemsAndAThumbnailOpenedLarge() throws Exception {
        IdxDataset fashion = fashionTestSet();
        ExportReport[] export = new ExportReport[1];
        IFolder folder = folder("fashion", dir -> {
            export[0] = IdxExporter.export(fashion, COUNT, dir);
            byte[] png = Files.readAllBytes(dir.resolve("coat").resolve(firstFile(dir.resolve("coat"))));
            Files.write(dir.resolve("coat/truncated.png"), Arrays.copyOf(png, png.length / 2));
            Files.writeString(dir.resolve("bag/notes.png"), "these are not pixels");
        });

        // A double-click on the folder in the Project Explorer opens it as a dataset.
        CommonNavigator explorer = Views.show(IPageLayout.ID_PROJECT_EXPLORER);
        Ui.run(() -> explorer.selectReveal(new StructuredSelection(folder)));
        Ui.flush();
        Tree tree = Ui.sync(() -> explorer.getCommonViewer().getTree());
        Point item = Ui.sync(() -> {
            TreeItem selected = tree.getSelection()[0];
            Rectangle bounds = selected.getBounds();
            return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        Ui.clickAt(tree, item.x, item.y, 0, 2);
        Ui.waitUntil("a dataset editor", () -> Ui.sync(() -> Editors.page().getActiveEditor() instanceof DatasetEditor));
        DatasetEditor editor = waitForScan((DatasetEditor) Ui.sync(() -> Editors.page().getActiveEditor()));

        // Classes in the loader's order (sorted names), each with the count the export wrote.
        List<String> sorted = NAMES.stream().sorted().toList();
        List<List<String>> expected = new ArrayList<>();
        for (int label = 0; label < sorted.size(); label++) {
            int count = export[0].counts()[NAMES.indexOf(sorted.get(label))];
            expected.add(List.of(String.valueOf(label), sorted.get(label), String.valueOf(count)));
        }
        assertEquals(expected, Ui.sync(() -> editor.classesPage().rows()));
        assertTrue(Ui.sync(() -> editor.classesPage().summaryText()).startsWith(COUNT + " usable images in 10 classes, 2 files skipped"),
                Ui.sync(() -> editor.classesPage().summaryText()));
        Ui.screenshot(Editors.workbenchShell(), "dataset-editor-classes");

        // The two bad files are Problems markers on themselves, named, with their reason.
        IFile truncated = folder.getFile("coat/truncated.png");
        IFile notes = folder.getFile("bag/notes.png");
        assertMarker(truncated, "truncated.png: truncated PNG");
        assertMarker(notes, "notes.png: not an image");
        IViewPart problems = Ui.sync(() -> {
            try {
                return Editors.page().showView(IPageLayout.ID_PROBLEM_VIEW);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        assertNotNull(problems);
        try {
            Ui.waitUntil("the bad files in the Problems view by name", () -> {
                List<String> rows = Ui.sync(() -> problemsViewTexts(Editors.workbenchShell()));
                lastProblemRows = rows;
                return rows.stream().anyMatch(r -> r.startsWith("truncated.png: truncated PNG"))
                        && rows.stream().anyMatch(r -> r.startsWith("notes.png: not an image"));
            });
        } catch (AssertionError e) {
            Ui.screenshot(Editors.workbenchShell(), "dataset-editor-problems-failed");
            throw new AssertionError(e.getMessage() + "; the Problems view shows " + lastProblemRows, e);
        }
        Ui.screenshot(Editors.workbenchShell(), "dataset-editor-problems");

        // A thumbnail opened large with a real double-click: its size, format and path.
        Ui.run(() -> editor.getSite().getPage().activate(editor));
        Ui.run(() -> editor.setActivePage(DatasetEditor.IMAGES_PAGE));
        Ui.flush();
        ThumbnailGrid grid = Ui.sync(() -> editor.imagesPage().grid());
        Ui.waitUntil("thumbnails decoded", () -> Ui.sync(() -> grid.cache().memoryCount()) > 20);
        Ui.screenshot(Editors.workbenchShell(), "dataset-editor-images");
        Path first = Ui.sync(() -> grid.tiles().get(0).path());
        Point centre = Ui.sync(() -> grid.tileCenter(0));
        Ui.clickAt(grid, centre.x, centre.y, 0, 2);
        Shell large = Ui.waitForShell(first.getFileName().toString());
        Label facts = Ui.find(large, Label.class, l -> l.getText().contains("pixels"));
        assertNotNull(facts);
        String text = Ui.sync(facts::getText);
        assertTrue(text.startsWith("28 × 28 pixels, PNG gray"), text);
        assertTrue(text.contains(first.toString()), text);
        Ui.screenshot(large, "dataset-editor-large-image");
        Ui.run(large::close);
        Ui.flush();

        // What the network sees of it: 28x28 gray (the dataset's own size and colour), rescaled by 1/255, the same
        // values ImageIO reads from the file; six augmented epochs.
        Ui.run(() -> editor.setActivePage(DatasetEditor.NETWORK_PAGE));
        Ui.flush();
        java.awt.image.Raster raster = javax.imageio.ImageIO.read(first.toFile()).getRaster();
        int min = 255;
        int max = 0;
        long sum = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                int v = raster.getSample(x, y, 0);
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
            }
        }
        String stats = String.format(java.util.Locale.ROOT, "Rescaled by 1/255: min %.4f, max %.4f, mean %.4f",
                min / 255f, max / 255f, sum / 784.0 / 255);
        assertEquals(stats, Ui.sync(() -> editor.networkPage().statsText()));
        assertEquals(6, Ui.sync(() -> editor.networkPage().shown().variants().size()));
        assertEquals(1, Ui.sync(() -> editor.networkPage().shown().input().channels()));
        Ui.screenshot(Editors.workbenchShell(), "dataset-editor-network-sees");

        // Opening a marker (as the Problems view does) reaches the same editor, the file selected.
        IMarker marker = truncated.findMarkers(DatasetMarkers.TYPE, false, IResource.DEPTH_ZERO)[0];
        IEditorPart opened = Ui.sync(() -> {
            try {
                return IDE.openEditor(Editors.page(), marker);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        assertSame(editor, opened);
        assertEquals(1, Ui.sync(() -> Editors.page().getEditorReferences().length));
        assertEquals(List.of(truncated.getLocation().toPath()),
                Ui.sync(() -> grid.selection().stream().map(t -> t.path()).toList()));
        Ui.screenshot(Editors.workbenchShell(), "dataset-editor-marker-selected");

        // A file arriving on disk is seen: the workspace refresh rescans.
        Path dress = folder.getLocation().toPath().resolve("dress");
        Files.copy(dress.resolve(firstFile(dress)), dress.resolve("zz-copy.png"));
        folder.refreshLocal(IResource.DEPTH_INFINITE, null);
        int dressLabel = sorted.indexOf("dress");
        String more = String.valueOf(export[0].counts()[NAMES.indexOf("dress")] + 1);
        Ui.waitUntil("the rescan after a new file", () -> more.equals(Ui.sync(() -> editor.classesPage().rows()
                .get(dressLabel).get(2))));

        // Two PNGs dropped from outside the workspace onto the bag class are copied in; Ctrl+Z removes them.
        Path outside = Files.createTempDirectory("lamina-drop");
        Path sandal = folder.getLocation().toPath().resolve("sandal");
        List<Path> dropped = List.of(Files.copy(sandal.resolve(firstFile(sandal)), outside.resolve("a.png")),
                Files.copy(sandal.resolve(firstFile(sandal)), outside.resolve("b.png")));
        int bag = sorted.indexOf("bag");
        int bags = export[0].counts()[NAMES.indexOf("bag")];
        Ui.run(() -> editor.addImages(bag, dropped)); // what the grid's drop listener calls for a drop on bag
        waitForCount(editor, bag, bags + 2);
        assertTrue(Files.isRegularFile(folder.getLocation().toPath().resolve("bag/a.png")));
        assertTrue(Files.isRegularFile(dropped.get(0)), "the dropped originals stay");
        Ui.run(() -> {
            Editors.page().activate(editor);
            editor.setActivePage(DatasetEditor.IMAGES_PAGE);
        });
        Ui.focus(grid); // the large-image shell closed: X focus back to the workbench window
        String active = Ui.sync(() -> String.valueOf(Editors.page().getActivePart()));
        Ui.key(SWT.CTRL, 'z', 'z');
        Ui.waitUntil("Ctrl+Z to undo the drop (active part: " + active + ", can undo: "
                + Ui.sync(() -> PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
                        .canUndo(editor.undoContext())) + ")",
                () -> Files.notExists(folder.getLocation().toPath().resolve("bag/a.png")));
        waitForCount(editor, bag, bags);

        // The Delete key moves the selected image to the project's .trash; Ctrl+Z brings it back.
        Ui.run(() -> editor.imagesPage().filter(bag, dev.lamina.ui.dataset.images.ImagesPage.Show.USABLE));
        Path trashed = Ui.sync(() -> grid.tiles().get(0).path());
        Ui.flush();
        Point tile = Ui.sync(() -> grid.tileCenter(0));
        Ui.clickAt(grid, tile.x, tile.y); // a real click selects the tile and gives the grid the keyboard
        Ui.waitUntil("the clicked tile selected", () -> Ui.sync(() -> grid.selection().stream().map(t -> t.path())
                .toList()).equals(List.of(trashed)));
        Ui.key(0, SWT.DEL);
        waitForCount(editor, bag, bags - 1);
        Path inTrash = TestProjects.open(PROJECT).getLocation().toPath().resolve(".trash/fashion/bag").resolve(trashed.getFileName());
        assertTrue(Files.isRegularFile(inTrash), inTrash + " should hold the deleted image");
        Ui.focus(grid);
        Ui.key(SWT.CTRL, 'z', 'z');
        waitForCount(editor, bag, bags);
        assertTrue(Files.isRegularFile(trashed));
        Ui.screenshot(Editors.workbenchShell(), "dataset-editor-after-undo");
    }

    @Test
    void hiddenCheckpointsAndNumericClassesAreExplained() throws Exception {
        IdxDataset fashion = fashionTestSet();
        IFolder folder = folder("digits", dir -> {
            Path exported = Files.createTempDirectory("lamina-digits").resolve("out");
            IdxExporter.export(fashion, 40, exported);
            Files.createDirectories(dir);
            Files.move(exported.resolve("tshirt"), dir.resolve("1"));
            Files.move(exported.resolve("trouser"), dir.resolve("2"));
            Files.move(exported.resolve("pullover"), dir.resolve("10"));
            Files.move(exported.resolve("dress"), dir.resolve(".ipynb_checkpoints"));
        });
        DatasetEditor editor = waitForScan(Ui.sync(() -> OpenDatasetHandler.open(Editors.page(), folder)));
        List<String> classes = Ui.sync(() -> editor.classesPage().rows()).stream().map(r -> r.get(1)).toList();
        assertEquals(List.of("1", "10", "2"), classes);
        List<String> warnings = Ui.sync(() -> editor.classesPage().warningLines());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(".ipynb_checkpoints: hidden folder .ipynb_checkpoints"
                + " is not a class here")), String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("class names are numbers sorted as text: 1 → label 0,"
                + " 10 → label 1, 2 → label 2")), String.join("\n", warnings));
        Ui.screenshot(Editors.workbenchShell(), "dataset-editor-warnings");
        Map<String, Integer> markers = new TreeMap<>();
        for (IMarker marker : folder.findMarkers(DatasetMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
            markers.merge(marker.getAttribute(DatasetMarkers.KIND, ""), 1, Integer::sum);
        }
        assertEquals(1, markers.get("hidden-folder"), markers.toString());
        assertEquals(1, markers.get("numbers-sorted-as-text"), markers.toString());
    }

    /** The texts of the Problems view's tree (grouped into Errors, Warnings...), every group expanded. */
    private static List<String> problemsViewTexts(Composite root) {
        List<String> texts = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (child instanceof Tree tree && tree.isVisible()) {
                List<String> rows = expandedTexts(tree.getItems());
                if (rows.stream().anyMatch(r -> r.startsWith("Errors"))) {
                    texts.addAll(rows);
                }
            } else if (child instanceof Composite composite) {
                texts.addAll(problemsViewTexts(composite));
            }
        }
        return texts;
    }

    /** Expands every item and returns the first-column texts, depth first. */
    private static List<String> expandedTexts(TreeItem[] items) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : items) {
            texts.add(item.getText(0));
            if (item.getItemCount() > 0) {
                if (!item.getExpanded()) {
                    // as a click on the twistie does: JFace creates the children on the Expand event
                    org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
                    expand.item = item;
                    item.getParent().notifyListeners(org.eclipse.swt.SWT.Expand, expand);
                }
                item.setExpanded(true);
                texts.addAll(expandedTexts(item.getItems()));
            }
        }
        return texts;
    }

    private static void waitForCount(DatasetEditor editor, int label, int count) {
        Ui.waitUntil("class " + label + " to have " + count + " images", () -> String.valueOf(count)
                .equals(Ui.sync(() -> editor.classesPage().rows().get(label).get(2))) && Ui.sync(editor::verified));
    }

    private static String firstFile(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    private static void assertMarker(IFile file, String message) throws CoreException {
        IMarker[] markers = file.findMarkers(DatasetMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length, file + " should have one marker");
        String text = markers[0].getAttribute(IMarker.MESSAGE, "");
        assertTrue(text.startsWith(message), text);
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
    }
}
