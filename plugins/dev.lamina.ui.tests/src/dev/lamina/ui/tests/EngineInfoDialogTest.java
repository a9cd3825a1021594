// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Help &gt; Engine Info reads ND4J live inside the running workbench and runs the self-test. */
@ExtendWith(FailOnLoggedErrors.class)
class EngineInfoDialogTest {

    @Test
    void showsTheLiveCpuBackendAndPassesTheSelfTest() {
        Ui.display().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            try {
                window.getService(IHandlerService.class).executeCommand("dev.lamina.ui.commands.engineInfo", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Shell dialog = Ui.waitForShell("Engine Info");

        Table table = Ui.find(dialog, Table.class, t -> true);
        Map<String, String> rows = Ui.sync(() -> {
            Map<String, String> shown = new HashMap<>();
            for (TableItem item : table.getItems()) {
                shown.put(item.getText(0), item.getText(1));
            }
            return shown;
        });
        assertEquals("ND4J CPU (nd4j-native)", rows.get("Backend"));
        assertEquals("1.0.0-M2.1", rows.get("ND4J version"));
        assertTrue(Integer.parseInt(rows.get("Threads")) >= 1, rows.toString());
        assertTrue(rows.get("Devices").startsWith("CPU: "), rows.toString());
        assertTrue(rows.get("Image codecs").startsWith("native codecs: libdeflate"), rows.toString());
        assertTrue(rows.get("CUDA").startsWith("CUDA back end absent (CPU-only build); "), rows.toString());
        assertTrue(rows.get("Backend auto").startsWith("cpu: "), rows.toString());

        Ui.click(Ui.button(dialog, "Run Self-Test"));
        Label result = Ui.find(dialog, Label.class, l -> l.getText().startsWith("Self-test") || l.getText().startsWith("Training"));
        Ui.waitUntil("the self-test to finish", () -> Ui.sync(() -> result.getText().startsWith("Self-test")));
        assertTrue(Ui.sync(result::getText).startsWith("Self-test passed"), Ui.sync(result::getText));
        Ui.screenshot(dialog, "engine-info");

        Ui.click(Ui.button(dialog, "Close"));
        Ui.waitUntil("the dialog to close", () -> Ui.sync(dialog::isDisposed));
    }
}
