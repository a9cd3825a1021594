// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.run.config.Backend;
import dev.lamina.run.config.RunFile;
import dev.lamina.ui.runconfig.RunConfigEditor;

/**
 * The run file editor's Device page: the GPU number typed into a course run.json of format 1 raises it to format 2 in
 * the same edit, one undo takes both back, and the saved file reads as {@code lamina train} reads it.
 */
@ExtendWith(FailOnLoggedErrors.class)
class DeviceFieldTest {

    private static final String PROJECT = "device-field-tests";

    @AfterEach
    void cleanUp() throws Exception {
        RunFileEditors.cleanUp(PROJECT);
    }

    @Test
    void theGpuNumberIsOneUndoableEditThatRaisesTheFormat() throws Exception {
        IFile runFile = RunFileEditors.fashionMnistRunFile(PROJECT);
        Path onDisk = runFile.getLocation().toPath();
        assertEquals(0, RunFile.load(onDisk).device());

        RunConfigEditor editor = RunFileEditors.open(runFile);
        RunFileEditors.showPage(editor, "dev.lamina.ui.runConfig.device");
        Text device = (Text) RunFileEditors.field(editor, "$.device").control();
        assertEquals("", Ui.sync(device::getText), "a format 1 file has no device: the default applies");
        boolean wasFormat1 = Ui.sync(editor.document()::text).contains("\"format\": 1");

        RunFileEditors.retype(device, "1");
        Ui.waitUntil("device = 1", () -> Ui.sync(editor.document()::text).contains("\"device\": 1"));
        assertTrue(Ui.sync(editor.document()::text).contains("\"format\": 3"), Ui.sync(editor.document()::text));
        assertNull(Ui.sync(editor::problemText), "the edited text reads as lamina train reads it");
        Ui.screenshot(Editors.workbenchShell(), "run-config-editor-device");

        if (wasFormat1) {
            Ui.key(SWT.CTRL, 'z', 'z');
            Ui.waitUntil("undo of the device", () -> "".equals(Ui.sync(device::getText)));
            assertTrue(Ui.sync(editor.document()::text).contains("\"format\": 1"), "one undo restores the format");
            assertFalse(Ui.sync(editor::isDirty));
            RunFileEditors.retype(device, "1");
            Ui.waitUntil("device = 1 again", () -> Ui.sync(editor.document()::text).contains("\"device\": 1"));
        }

        Ui.key(SWT.CTRL, 's', 's');
        Ui.waitUntil("saved", () -> !Ui.sync(editor::isDirty));
        assertEquals(1, RunFile.load(onDisk).device());
        assertEquals(Backend.AUTO, RunFile.load(onDisk).backend());
    }
}
