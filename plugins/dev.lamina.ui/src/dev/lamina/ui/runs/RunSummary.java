// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import dev.lamina.core.model.ModelFile;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.core.summary.Summary;
import dev.lamina.run.folder.BackendLogLine;
import dev.lamina.run.folder.RunLayout;

/**
 * The Summary tab's text for a run folder: Keras's {@code model.summary()} of the model as trained (the run's own
 * copy, {@code model.lamina}, through the same {@link Summary} as {@code lamina summary}), the device, the back
 * end and why (its {@code log.txt}), and the settings as the run recorded them ({@code run.json}).
 */
final class RunSummary {

    private RunSummary() {
    }

    static String text(Path folder, String device) {
        StringBuilder out = new StringBuilder();
        Path model = folder.resolve(RunLayout.MODEL_DOCUMENT);
        try {
            out.append(Summary.keras(ModelFile.load(model)));
        } catch (ModelLoadException | RuntimeException e) {
            out.append(NLS.bind(RunViewMessages.RunSummary_noModel, model, e.getMessage())).append('\n');
        }
        out.append('\n').append(NLS.bind(RunViewMessages.RunSummary_device,
                device.isEmpty() ? RunViewMessages.RunView_deviceUnknown : device)).append('\n');
        BackendLogLine.read(folder).ifPresent(
                backend -> out.append(NLS.bind(RunViewMessages.RunView_backend, backend)).append('\n'));
        out.append('\n');
        Path settings = folder.resolve(RunLayout.RUN);
        out.append(NLS.bind(RunViewMessages.RunSummary_settings, settings)).append('\n');
        try {
            out.append(Files.readString(settings, StandardCharsets.UTF_8));
        } catch (IOException e) {
            out.append(NLS.bind(RunViewMessages.RunSummary_noSettings, e.getMessage())).append('\n');
        }
        return out.toString();
    }
}
