// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dev.lamina.ui.course.CourseExercise;
import dev.lamina.ui.course.CreateExerciseProjectOperation;
import dev.lamina.ui.runconfig.RunConfigEditor;
import dev.lamina.ui.runconfig.RunField;
import dev.lamina.ui.runconfig.RunFormPage;

/** The run file editor tests' setup: the course's Fashion-MNIST project, its run.json open, fields typed into. */
final class RunFileEditors {

    private RunFileEditors() {
    }

    /** A new project {@code name} made from the Fashion-MNIST exercise; its {@code run.json}. */
    static IFile fashionMnistRunFile(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        new CreateExerciseProjectOperation(CourseExercise.byId("fashion-mnist"), project).run(null);
        return project.getFile("run.json");
    }

    /** Closes every editor and deletes project {@code name} if it is there. */
    static void cleanUp(String name) throws Exception {
        Editors.closeAll();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
    }

    /** Opens {@code runFile} in the Lamina perspective; it must open in the run file editor. */
    static RunConfigEditor open(IFile runFile) {
        Editors.showLaminaPerspective();
        RunConfigEditor editor = Ui.sync(() -> {
            try {
                return assertInstanceOf(RunConfigEditor.class, IDE.openEditor(Editors.page(), runFile, true),
                        "run.json opens in the run file editor");
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.flush();
        return editor;
    }

    /** Shows the page {@code pageId} of {@code editor}. */
    static void showPage(RunConfigEditor editor, String pageId) {
        Ui.run(() -> editor.setActivePage(pageId));
        Ui.flush();
    }

    /** The field of a JSON path on the active page. */
    static RunField field(RunConfigEditor editor, String path) {
        return Ui.sync(() -> ((RunFormPage) editor.getActivePageInstance()).field(path));
    }

    /** Clicks into a text field, replaces its text by typing, and commits with Enter. */
    static void retype(Text text, String value) {
        Ui.click(text);
        Ui.run(text::selectAll);
        Ui.type(value);
        Ui.key(0, SWT.CR, '\r');
        Ui.flush();
    }
}
