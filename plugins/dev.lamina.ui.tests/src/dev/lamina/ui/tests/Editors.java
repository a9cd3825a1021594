// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import dev.lamina.core.diagram.Block;
import dev.lamina.core.model.LaminaFormat;
import dev.lamina.core.model.Model;
import dev.lamina.ui.editor.ModelEditor;
import dev.lamina.ui.internal.LaminaJobs;
import dev.lamina.ui.perspective.LaminaPerspective;

/** Model files in a test project, and model editors on them. */
final class Editors {

    static final String PROJECT = "editor-tests";

    private Editors() {
    }

    static void showLaminaPerspective() {
        Ui.run(() -> {
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            window.getShell().setBounds(0, 0, 1400, 900);
            window.getShell().forceActive();
            try {
                PlatformUI.getWorkbench().showPerspective(LaminaPerspective.ID, window);
            } catch (org.eclipse.ui.WorkbenchException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.flush();
    }

    static IFolder models() throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IFolder models = project.getFolder("models");
        if (!models.exists()) {
            models.create(true, true, null);
        }
        return models;
    }

    /** Writes a model file (replacing it) and returns it. */
    static IFile write(String name, String text) throws CoreException {
        IFile file = models().getFile(name);
        ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(content, IResource.FORCE, null);
        } else {
            file.create(content, true, null);
        }
        return file;
    }

    static IFile write(String name, Model model) throws CoreException {
        return write(name, LaminaFormat.write(model));
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static ModelEditor open(IFile file) {
        ModelEditor editor = Ui.sync(() -> {
            try {
                return (ModelEditor) IDE.openEditor(page(), file, ModelEditor.ID, true);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.flush();
        assertNotNull(editor);
        return editor;
    }

    static void closeAll() {
        Ui.run(() -> page().closeAllEditors(false));
        Ui.flush();
    }

    static Shell workbenchShell() {
        return Ui.sync(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    /** The middle of a layer's block, in canvas coordinates. */
    static Point blockCenter(ModelEditor editor, String layer) {
        return Ui.sync(() -> {
            Block block = editor.canvas().block(layer);
            Rectangle r = editor.canvas().toControl(block.bounds());
            return new Point(r.x + r.width / 2, r.y + r.height / 2);
        });
    }

    static List<String> layerNames(ModelEditor editor) {
        return Ui.sync(() -> List.copyOf(editor.document().model().layerNames()));
    }

    /** The edge labels of the diagram, top to bottom. */
    static List<String> shapes(ModelEditor editor) {
        return Ui.sync(() -> editor.document().diagram().edges().stream().map(e -> e.label()).toList());
    }

    static IViewPart showProperties() {
        IViewPart view = Ui.sync(() -> {
            try {
                return page().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.flush();
        return view;
    }

    /** The Properties view's row of a property, expanded into view. */
    static TreeItem propertyRow(Tree tree, String name) {
        return Ui.sync(() -> find(tree.getItems(), name));
    }

    private static TreeItem find(TreeItem[] items, String name) {
        for (TreeItem item : items) {
            if (name.equals(item.getText(0))) {
                return item;
            }
            if (item.getItemCount() > 0) {
                item.setExpanded(true);
                TreeItem inner = find(item.getItems(), name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    static void joinMarkerJobs() {
        Ui.flush();
        try {
            Job.getJobManager().join(LaminaJobs.MARKERS_FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
