// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.core.diagram.DiagramLayout;
import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.keras.KerasJson;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;
import dev.lamina.ui.editor.ModelEditor;

/** File &gt; New &gt; Lamina Model and File &gt; Import &gt; Lamina &gt; Keras model JSON. */
@ExtendWith(FailOnLoggedErrors.class)
class ModelWizardsTest {

    @BeforeAll
    static void showTheLaminaPerspective() throws Exception {
        Editors.showLaminaPerspective();
        Editors.models();
    }

    @AfterEach
    void closeEditors() {
        Editors.closeAll();
    }

    @Test
    void theNewModelWizardStartsFromACourseModel() throws Exception {
        NewLaminaProjectWizardTest.openNewWizard("dev.lamina.ui.wizards.newModel");
        Shell wizard = Ui.waitForShell("New Lamina Model");
        Text container = Ui.find(wizard, Text.class, t -> Ui.sync(t::getText).startsWith(Editors.PROJECT)
                || Ui.sync(t::getText).isEmpty());
        Ui.run(() -> container.setText(Editors.PROJECT + "/models"));
        Text fileName = Ui.find(wizard, Text.class, t -> "model.lamina".equals(t.getText()));
        Ui.click(fileName);
        Ui.run(fileName::selectAll);
        Ui.type("horses");
        Table templates = Ui.find(wizard, Table.class, t -> true);
        Ui.run(() -> {
            templates.setSelection(2);
            templates.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        Ui.flush();
        Button finish = Ui.button(wizard, "Finish");
        Ui.waitUntil("Finish to be enabled", () -> Ui.sync(finish::isEnabled));
        Ui.screenshot(wizard, "new-model-wizard");
        Ui.click(finish);
        Ui.waitUntil("the wizard to close", () -> Ui.sync(wizard::isDisposed));

        IFile file = Editors.models().getFile("horses.lamina");
        assertTrue(file.exists());
        Model model = ModelFile.load(file.getLocation().toPath());
        assertEquals(CourseModels.horsesOrHumans().layers(), model.layers());
        assertEquals("horses", model.name());
        assertEquals(DiagramLayout.positions(model), model.layout());
        IEditorPart editor = Ui.sync(() -> Editors.page().getActiveEditor());
        assertTrue(editor instanceof ModelEditor, String.valueOf(editor));
        assertEquals(14, Editors.layerNames((ModelEditor) editor).size());
    }

    @Test
    void importsAKerasModelJson() throws Exception {
        Path json = Files.createTempDirectory("keras").resolve("digits.json");
        Files.writeString(json, KerasJson.write(CourseModels.mnistSingleConv()));
        Ui.display().asyncExec(() -> {
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            try {
                ParameterizedCommand command = ParameterizedCommand.generateCommand(
                        window.getService(ICommandService.class).getCommand("org.eclipse.ui.file.import"),
                        Map.of("importWizardId", "dev.lamina.ui.wizards.importKeras"));
                window.getService(IHandlerService.class).executeCommand(command, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Shell wizard = Ui.waitForShell("Import Keras Model");
        Text source = Ui.find(wizard, Text.class, t -> t.isFocusControl());
        Ui.run(() -> source.setText(json.toString()));
        Text folder = Ui.find(wizard, Text.class, t -> t != source && t.getText().contains("/"));
        Ui.run(() -> folder.setText(Editors.PROJECT + "/models"));
        Button finish = Ui.button(wizard, "Finish");
        Ui.waitUntil("Finish to be enabled", () -> Ui.sync(finish::isEnabled));
        Ui.screenshot(wizard, "import-keras-wizard");
        Ui.click(finish);
        Ui.waitUntil("the wizard to close", () -> Ui.sync(wizard::isDisposed));

        IFile file = Editors.models().getFile("digits.lamina");
        assertTrue(file.exists());
        assertEquals(CourseModels.mnistSingleConv().layers(),
                ModelFile.load(file.getLocation().toPath()).layers());
        IEditorPart editor = Ui.sync(() -> Editors.page().getActiveEditor());
        assertTrue(editor instanceof ModelEditor, String.valueOf(editor));
    }
}
