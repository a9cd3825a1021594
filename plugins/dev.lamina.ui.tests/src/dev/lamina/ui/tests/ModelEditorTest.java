// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.core.diagram.DiagramLayout;
import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.model.LaminaFormat;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;
import dev.lamina.ui.editor.ModelEditor;
import dev.lamina.ui.editor.ProblemMarkers;

/** The model editor driven with real mouse and keyboard events: the full edit, undo, save, reopen cycle. */
@ExtendWith({ FailOnLoggedErrors.class, InLaminaPerspective.class })
class ModelEditorTest {

    @Test
    void horsesOrHumansAsADiagramWithPalettePropertiesAndSummary() throws Exception {
        IFile file = Editors.write("horses-or-humans.lamina", CourseModels.horsesOrHumans());
        ModelEditor editor = Editors.open(file);
        assertEquals(14, Editors.layerNames(editor).size());
        assertEquals(List.of("300×300×3", "298×298×16", "149×149×16", "147×147×32", "73×73×32", "71×71×64",
                "35×35×64", "33×33×64", "16×16×64", "14×14×64", "7×7×64", "3136", "512", "1"), Editors.shapes(editor));

        Point conv = Editors.blockCenter(editor, "conv2d");
        Ui.clickAt(editor.canvas(), conv.x, conv.y);
        assertEquals(List.of("conv2d"), Ui.sync(editor::selectedLayers));
        Ui.moveTo(editor.canvas(), conv.x + 5, conv.y);
        Ui.waitUntil("the hover text of conv2d", () -> String.valueOf(Ui.sync(editor.canvas()::getToolTipText))
                .contains("Output shape: (None, 298, 298, 16)\nParameters: 448\nMultiply-accumulates per sample: 38,363,328"));
        IViewPart properties = Editors.showProperties();
        Tree tree = propertiesTree(properties);
        assertNotNull(tree, "the Properties view's tree");
        Ui.waitUntil("the Properties view to show conv2d", () -> {
            TreeItem filters = Editors.propertyRow(tree, "filters");
            return filters != null && "16".equals(Ui.sync(() -> filters.getText(1)));
        });
        Ui.screenshot(Editors.workbenchShell(), "model-editor-horses-diagram");

        Ui.run(() -> editor.showPage(ModelEditor.SUMMARY_PAGE));
        Ui.flush();
        assertEquals(14, Ui.sync(() -> editor.summaryPage().table().getItemCount()));
        assertEquals("conv2d (Conv2D)", Ui.sync(() -> editor.summaryPage().table().getItem(1).getText(0)));
        assertEquals("(None, 298, 298, 16)", Ui.sync(() -> editor.summaryPage().table().getItem(1).getText(1)));
        assertTrue(Ui.sync(() -> editor.summaryPage().memoryText()).startsWith("Estimated: "),
                Ui.sync(() -> editor.summaryPage().memoryText()));
        Ui.screenshot(Editors.workbenchShell(), "model-editor-horses-summary");

        // A batch that cannot fit the smallest GPU offered says so, with the batch size that would.
        Ui.run(() -> {
            editor.summaryPage().device().select(1);
            editor.summaryPage().device().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            editor.summaryPage().batchSize().setSelection(4096);
        });
        Ui.flush();
        String warning = Ui.sync(() -> editor.summaryPage().warningText());
        assertTrue(warning.startsWith("This will not fit the GPU with 4 GiB: use a batch size of "), warning);
        Ui.screenshot(Editors.workbenchShell(), "model-editor-summary-warning");

        Ui.run(() -> editor.showPage(ModelEditor.SOURCE_PAGE));
        Ui.flush();
        assertEquals(LaminaFormat.write(CourseModels.horsesOrHumans()), Ui.sync(() -> editor.sourcePage().text()));
        Ui.screenshot(Editors.workbenchShell(), "model-editor-horses-source");
    }

    private static Tree propertiesTree(IViewPart view) {
        return Ui.sync(() -> (Tree) ((org.eclipse.ui.views.properties.PropertySheet) view).getCurrentPage()
                .getControl());
    }

    @Test
    void dragConvFromThePaletteSetFiltersUndoRedoSaveAndReopen() throws Exception {
        Model mnist = CourseModels.mnistSingleConv();
        IFile file = Editors.write("cycle.lamina", mnist);
        ModelEditor editor = Editors.open(file);

        // Drag Conv2D from the palette to between conv2d and max_pooling2d.
        TreeItem paletteConv = Ui.sync(() -> editor.palette().item(LayerKind.CONV2D));
        Rectangle item = Ui.sync(() -> paletteConv.getBounds());
        Tree paletteTree = Ui.sync(() -> editor.palette().tree());
        Point gap = Ui.sync(() -> {
            Rectangle below = editor.canvas().toControl(editor.canvas().block("max_pooling2d").bounds());
            return new Point(below.x + below.width / 2, below.y - (int) (DiagramLayout.GAP / 2 * editor.canvas().zoom()));
        });
        Ui.drag(paletteTree, new Point(item.x + item.width / 2, item.y + item.height / 2), editor.canvas(), gap);
        Ui.waitUntil("the dropped Conv2D", () -> Editors.layerNames(editor).size() == 7);
        assertEquals(List.of("input_1", "conv2d", "conv2d_1", "max_pooling2d", "flatten", "dense", "dense_1"),
                Editors.layerNames(editor));
        assertEquals(List.of("conv2d_1"), Ui.sync(editor::selectedLayers));
        assertEquals(List.of("28×28×1", "26×26×16", "24×24×32", "12×12×32", "4608", "128", "10"), Editors.shapes(editor));
        assertTrue(Ui.sync(editor::isDirty));

        // Set its filters in the Properties view: a bad value is refused, a good one changes the shapes below.
        IViewPart properties = Editors.showProperties();
        Tree tree = propertiesTree(properties);
        setProperty(tree, "filters", "-3");
        assertEquals(32, ((Conv2D) layer(editor, "conv2d_1")).filters(), "a negative filter count is refused");
        setProperty(tree, "filters", "8");
        Ui.waitUntil("filters = 8", () -> ((Conv2D) layer(editor, "conv2d_1")).filters() == 8);
        assertEquals(List.of("28×28×1", "26×26×16", "24×24×8", "12×12×8", "1152", "128", "10"), Editors.shapes(editor));
        Ui.screenshot(Editors.workbenchShell(), "model-editor-filters-set");

        // Undo and redo from the keyboard in the diagram.
        Point block = Editors.blockCenter(editor, "conv2d_1");
        Ui.clickAt(editor.canvas(), block.x, block.y);
        Ui.key(SWT.CTRL, 'z', 'z');
        Ui.waitUntil("undo of the filters", () -> ((Conv2D) layer(editor, "conv2d_1")).filters() == 32);
        assertEquals("24×24×32", Editors.shapes(editor).get(2));
        Ui.key(SWT.CTRL, 'z', 'z');
        Ui.waitUntil("undo of the drop", () -> Editors.layerNames(editor).size() == 6);
        assertFalse(Ui.sync(editor::isDirty), "back at the saved model");
        Ui.key(SWT.CTRL | SWT.SHIFT, 'z', 'Z');
        Ui.waitUntil("redo of the drop", () -> Editors.layerNames(editor).size() == 7);
        Ui.key(SWT.CTRL | SWT.SHIFT, 'z', 'Z');
        Ui.waitUntil("redo of the filters", () -> ((Conv2D) layer(editor, "conv2d_1")).filters() == 8);

        // Save, close, reopen and compare.
        Ui.key(SWT.CTRL, 's', 's');
        Ui.waitUntil("the save", () -> !Ui.sync(editor::isDirty));
        Model expected = Ui.sync(() -> editor.document().model());
        Path onDisk = file.getLocation().toPath();
        assertEquals(LaminaFormat.write(expected), Files.readString(onDisk, StandardCharsets.UTF_8));
        assertEquals(expected, ModelFile.load(onDisk));
        assertEquals(DiagramLayout.positions(expected), expected.layout(), "the saved layout is the diagram's");
        Editors.closeAll();
        ModelEditor reopened = Editors.open(file);
        assertEquals(expected, Ui.sync(() -> reopened.document().model()));
        assertEquals(List.of("28×28×1", "26×26×16", "24×24×8", "12×12×8", "1152", "128", "10"), Editors.shapes(reopened));
        assertFalse(Ui.sync(reopened::isDirty));
    }

    /** Clicks a property's value, types a new one and presses Enter. */
    private static void setProperty(Tree tree, String name, String value) {
        TreeItem row = Editors.propertyRow(tree, name);
        assertNotNull(row, "no property " + name);
        Ui.run(() -> tree.showItem(row));
        Rectangle cell = Ui.sync(() -> row.getBounds(1));
        Ui.clickAt(tree, cell.x + cell.width / 2, cell.y + cell.height / 2);
        Ui.key(SWT.CTRL, 'a', 'a');
        Ui.type(value);
        Ui.key(0, SWT.CR, '\r');
    }

    private static Layer layer(ModelEditor editor, String name) {
        return Ui.sync(() -> editor.document().model().find(name).orElseThrow());
    }

    @Test
    void aMalformedFileOpensOnTheSourceWithAMarkerAndHealsWhenFixed() throws Exception {
        String broken = LaminaFormat.write(CourseModels.mnistSingleConv()).replace("\"filters\": 16,", "\"filters\": 16");
        IFile file = Editors.write("broken.lamina", broken);
        ModelEditor editor = Editors.open(file);
        assertEquals(ModelEditor.SOURCE_PAGE, Ui.sync(editor::getActivePage));
        assertNotNull(Ui.sync(editor::sourceError));
        assertNotNull(Ui.sync(() -> editor.sourcePage().errorText()));
        Editors.joinMarkerJobs();
        IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
        int kernelLine = (int) broken.substring(0, broken.indexOf("\"kernel_size\"")).chars().filter(c -> c == '\n')
                .count() + 1;
        assertEquals(kernelLine, markers[0].getAttribute(IMarker.LINE_NUMBER, -1),
                markers[0].getAttribute(IMarker.MESSAGE, ""));
        assertTrue(markers[0].isSubtypeOf(IMarker.PROBLEM));
        Ui.screenshot(Editors.workbenchShell(), "model-editor-malformed");

        // Typing the comma back: the model loads, the marker goes.
        int offset = broken.indexOf("\"filters\": 16") + "\"filters\": 16".length();
        Ui.run(() -> {
            editor.sourcePage().viewer().getTextWidget().setFocus();
            editor.sourcePage().viewer().setSelectedRange(offset, 0);
        });
        Ui.type(",");
        Ui.waitUntil("the source to load", () -> Ui.sync(editor::sourceError) == null);
        assertEquals(CourseModels.mnistSingleConv().layers(), Ui.sync(() -> editor.document().model().layers()));
        Editors.joinMarkerJobs();
        assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length);

        // A syntax error while editing keeps the last good model.
        Ui.type("}");
        Ui.waitUntil("the error", () -> Ui.sync(editor::sourceError) != null);
        assertEquals(6, Editors.layerNames(editor).size(), "the last good model stays");
        Editors.joinMarkerJobs();
        assertEquals(1, file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
        Ui.run(() -> editor.showPage(ModelEditor.DIAGRAM_PAGE));
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "model-editor-source-error-banner");
    }

    @Test
    void modelProblemsAreMarkersThatLeadToTheirLayer() throws Exception {
        Model tiny = Model.builder().input(2, 2, 1).conv2d(8, 3, dev.lamina.core.layer.ActivationFunction.RELU)
                .flatten().dense(10, dev.lamina.core.layer.ActivationFunction.SOFTMAX).build();
        IFile file = Editors.write("tiny.lamina", DiagramLayout.placed(tiny));
        ModelEditor editor = Editors.open(file);
        Editors.joinMarkerJobs();
        IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertEquals("conv2d", markers[0].getAttribute(ProblemMarkers.LAYER_NAME, null));
        assertEquals("conv2d: 3×3 kernel does not fit a 2×2 input", markers[0].getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
        Ui.run(() -> {
            try {
                org.eclipse.ui.ide.IDE.openEditor(Editors.page(), markers[0]);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.flush();
        assertEquals(List.of("conv2d"), Ui.sync(editor::selectedLayers));
        Ui.run(() -> {
            try {
                Editors.page().showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "model-editor-problems");
    }

    @Test
    void keyboardSelectionMovingDeletingCopyingPastingAndZooming() throws Exception {
        IFile file = Editors.write("keys.lamina", CourseModels.mnistSingleConv());
        ModelEditor editor = Editors.open(file);
        Point first = Editors.blockCenter(editor, "input_1");
        Ui.clickAt(editor.canvas(), first.x, first.y);
        Ui.key(0, SWT.ARROW_DOWN);
        Ui.key(0, SWT.ARROW_DOWN);
        assertEquals(List.of("max_pooling2d"), Ui.sync(editor::selectedLayers));
        Ui.key(SWT.SHIFT, SWT.ARROW_UP);
        assertEquals(List.of("conv2d", "max_pooling2d"), Ui.sync(editor::selectedLayers));

        Ui.key(SWT.ALT, SWT.ARROW_DOWN);
        assertEquals(List.of("input_1", "flatten", "conv2d", "max_pooling2d", "dense", "dense_1"),
                Editors.layerNames(editor));
        Ui.key(SWT.CTRL, 'z', 'z');
        assertEquals(List.of("input_1", "conv2d", "max_pooling2d", "flatten", "dense", "dense_1"),
                Editors.layerNames(editor));

        Ui.key(SWT.CTRL, 'c', 'c');
        Ui.key(SWT.CTRL, 'v', 'v');
        assertEquals(List.of("input_1", "conv2d", "max_pooling2d", "conv2d_1", "max_pooling2d_1", "flatten", "dense",
                "dense_1"), Editors.layerNames(editor));
        assertEquals(List.of("conv2d_1", "max_pooling2d_1"), Ui.sync(editor::selectedLayers));
        assertEquals("5×5×16", Editors.shapes(editor).get(4));

        Ui.key(0, SWT.DEL);
        assertEquals(6, Editors.layerNames(editor).size());
        assertEquals(List.of("flatten"), Ui.sync(editor::selectedLayers));

        Ui.key(SWT.CTRL, 'a', 'a');
        assertEquals(6, Ui.sync(editor::selectedLayers).size());

        double zoom = Ui.sync(() -> editor.canvas().zoom());
        Ui.key(SWT.CTRL, '=', '=');
        assertEquals(zoom * 1.25, Ui.sync(() -> editor.canvas().zoom()), 1e-9);
        Ui.key(SWT.CTRL, '0', '0');
        assertEquals(1, Ui.sync(() -> editor.canvas().zoom()), 1e-9);
        Ui.key(SWT.CTRL | SWT.SHIFT, 'f', 'F');
        assertTrue(Ui.sync(() -> editor.canvas().zoom()) <= 1);

        // Dragging a block reorders: flatten goes before conv2d.
        Ui.key(SWT.CTRL, '0', '0');
        Point flatten = Editors.blockCenter(editor, "flatten");
        Point conv = Editors.blockCenter(editor, "conv2d");
        Ui.clickAt(editor.canvas(), flatten.x, flatten.y);
        Ui.drag(editor.canvas(), flatten, editor.canvas(), new Point(conv.x, conv.y - 30));
        assertEquals(List.of("input_1", "flatten", "conv2d", "max_pooling2d", "dense", "dense_1"),
                Editors.layerNames(editor));
        Ui.screenshot(Editors.workbenchShell(), "model-editor-reordered");
    }

    @Test
    void aChangeOnDiskIsOfferedForReloading() throws Exception {
        IFile file = Editors.write("reload.lamina", CourseModels.mnistSingleConv());
        ModelEditor editor = Editors.open(file);
        Ui.run(() -> editor.setFocus());
        Model changed = DiagramLayout.placed(CourseModels.happyOrSad());
        Files.writeString(file.getLocation().toPath(), LaminaFormat.write(changed));
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        Shell dialog = Ui.waitForShell("File Changed");
        Ui.screenshot(dialog, "model-editor-reload-prompt");
        Ui.click(Ui.button(dialog, "Yes"));
        Ui.waitUntil("the reload", () -> Ui.sync(() -> editor.document().model()).equals(changed));
        assertFalse(Ui.sync(editor::isDirty));
    }

    @Test
    void aFileOutsideTheWorkspaceOpensEditsAndSaves() throws Exception {
        Path dir = Files.createTempDirectory("lamina-external");
        Path external = dir.resolve("outside.lamina");
        ModelFile.save(CourseModels.mnistSingleConv(), external);
        ModelEditor editor = Ui.sync(() -> {
            try {
                return (ModelEditor) org.eclipse.ui.ide.IDE.openEditorOnFileStore(Editors.page(),
                        org.eclipse.core.filesystem.EFS.getLocalFileSystem().getStore(external.toUri()));
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.flush();
        assertEquals(6, Editors.layerNames(editor).size());
        Point dense = Editors.blockCenter(editor, "dense");
        Ui.clickAt(editor.canvas(), dense.x, dense.y);
        Ui.key(0, SWT.DEL);
        assertEquals(5, Editors.layerNames(editor).size());
        Ui.key(SWT.CTRL, 's', 's');
        Ui.waitUntil("the save", () -> !Ui.sync(editor::isDirty));
        assertEquals(Ui.sync(() -> editor.document().model()), ModelFile.load(external));
        assertNull(Ui.sync(editor::sourceError));
    }

    @Test
    void exportsTheDiagramAsPngAndSvg() throws Exception {
        IFile file = Editors.write("export.lamina", CourseModels.horsesOrHumans());
        ModelEditor editor = Editors.open(file);
        Path svg = file.getParent().getLocation().toPath().resolve("horses.svg");
        Path png = file.getParent().getLocation().toPath().resolve("horses.png");
        Ui.run(() -> dev.lamina.ui.editor.ModelEditorHandler.export(editor, svg));
        Ui.run(() -> dev.lamina.ui.editor.ModelEditorHandler.export(editor, png));
        assertEquals(dev.lamina.core.diagram.DiagramSvg.write(Ui.sync(() -> editor.document().diagram())),
                Files.readString(svg));
        org.eclipse.swt.graphics.ImageData image = new org.eclipse.swt.graphics.ImageData(png.toString());
        assertEquals(2 * Ui.sync(() -> editor.document().diagram().width()), image.width);
        assertTrue(file.getParent().getFile(new org.eclipse.core.runtime.Path("horses.png")).exists(),
                "the workspace sees the exported file");
    }
}
