// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.run.config.RunConfigException;
import dev.lamina.run.config.RunFile;
import dev.lamina.ui.runconfig.RunConfigEditor;
import dev.lamina.ui.runconfig.RunConfigMarkers;
import dev.lamina.ui.runconfig.RunFormPage;

/**
 * The run file editor on the course's Fashion-MNIST run.json, driven with real keys: a field typed into, undo, a bad
 * value reported with {@code lamina train}'s own message in the header and as a Problems marker, the Source page in
 * step, and the saved file read back by the run file parser.
 */
@ExtendWith(FailOnLoggedErrors.class)
class RunConfigEditorTest {

    private static final String PROJECT = "runconfig-editor-tests";

    @AfterEach
    void cleanUp() throws Exception {
        RunFileEditors.cleanUp(PROJECT);
    }

    @Test
    void editsAFieldUndoesReportsTheCliMessageAndSaves() throws Exception {
        IFile runFile = RunFileEditors.fashionMnistRunFile(PROJECT);
        Path onDisk = runFile.getLocation().toPath();
        assertEquals(5, RunFile.load(onDisk).epochs());

        RunConfigEditor editor = RunFileEditors.open(runFile);
        assertNull(Ui.sync(editor::problemText), "the course's run.json reads as lamina train reads it");

        // Training page: epochs 5 -> 7, typed and committed with Enter
        RunFileEditors.showPage(editor, "dev.lamina.ui.runConfig.training");
        Text epochs = (Text) RunFileEditors.field(editor, "$.epochs").control();
        assertEquals("5", Ui.sync(epochs::getText));
        RunFileEditors.retype(epochs, "7");
        Ui.waitUntil("epochs = 7", () -> Ui.sync(editor.document()::text).contains("\"epochs\": 7"));
        assertTrue(Ui.sync(editor::isDirty));
        Ui.screenshot(Editors.workbenchShell(), "run-config-editor-training");

        // Undo from the keyboard: back to the file as it was
        Ui.key(SWT.CTRL, 'z', 'z');
        Ui.waitUntil("undo of epochs", () -> "5".equals(Ui.sync(epochs::getText)));
        assertFalse(Ui.sync(editor::isDirty), "undo returns to the saved text");

        // A bad value: the header and a Problems marker say what lamina train says
        RunFileEditors.retype(epochs, "0");
        Ui.waitUntil("the problem", () -> Ui.sync(editor::problemText) != null);
        String header = Ui.sync(() -> ((RunFormPage) editor.getActivePageInstance()).headerMessage());
        Editors.joinMarkerJobs();
        IMarker[] markers = runFile.findMarkers(RunConfigMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertEquals(header, markers[0].getAttribute(IMarker.MESSAGE, ""));
        Ui.screenshot(Editors.workbenchShell(), "run-config-editor-problem");

        // ... which is the parser's message for the saved file, named as from its folder
        Ui.key(SWT.CTRL, 's', 's');
        Ui.waitUntil("saved", () -> !Ui.sync(editor::isDirty));
        RunConfigException cli = org.junit.jupiter.api.Assertions.assertThrows(RunConfigException.class,
                () -> RunFile.load(onDisk));
        assertEquals(cli.getMessage().replace(onDisk.toString(), "run.json"), header);
        assertTrue(header.startsWith("run.json:") && header.contains("$.epochs"), header);
        assertEquals(cli.line(), markers[0].getAttribute(IMarker.LINE_NUMBER, 0));

        // Fixed: no message, no marker; the Source page shows the same text
        RunFileEditors.retype(epochs, "3");
        Ui.waitUntil("no problem", () -> Ui.sync(editor::problemText) == null);
        Editors.joinMarkerJobs();
        assertEquals(0, runFile.findMarkers(RunConfigMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
        Ui.run(editor::showSource);
        Ui.flush();
        assertTrue(Ui.sync(() -> editor.sourcePage().text()).contains("\"epochs\": 3"));

        // Typing in the source reaches the form
        Ui.run(() -> editor.sourcePage().viewer().getDocument().set(editor.sourcePage().text().replace(
                "\"batch_size\": 32", "\"batch_size\": 64")));
        RunFileEditors.showPage(editor, "dev.lamina.ui.runConfig.training");
        Text batch = (Text) RunFileEditors.field(editor, "$.batch_size").control();
        Ui.waitUntil("batch 64 in the form", () -> "64".equals(Ui.sync(batch::getText)));

        // Save, and the file on disk is what lamina train reads
        Ui.key(SWT.CTRL, 's', 's');
        Ui.waitUntil("saved", () -> !Ui.sync(editor::isDirty));
        assertEquals(3, RunFile.load(onDisk).epochs());
        assertEquals(64, RunFile.load(onDisk).batchSize());
        assertEquals(Ui.sync(editor.document()::text), Files.readString(onDisk));
    }
}
