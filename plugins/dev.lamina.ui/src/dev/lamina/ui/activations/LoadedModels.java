// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lamina.engine.archive.ModelArchiveException;
import dev.lamina.engine.inference.TrainedModel;

/**
 * Trained models loaded once for the views that ask them about one image after another (Activations, Predict):
 * switching images must not read the archive again. A file that changed on disk is loaded again; the few most
 * recent models are kept. Callers use a model from one job at a time ({@link ModelJobs#RULE}).
 */
public final class LoadedModels {

    private static final int KEEP = 4;

    private record Entry(FileTime modified, TrainedModel model) {
    }

    private static final Map<Path, Entry> MODELS = new LinkedHashMap<>(8, 0.75f, true);

    private LoadedModels() {
    }

    /** The model in {@code file}, loaded now or earlier. */
    public static synchronized TrainedModel get(Path file) throws ModelArchiveException {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new ModelArchiveException(file, "cannot read (" + e.getMessage() + ")");
        }
        Entry entry = MODELS.get(file);
        if (entry == null || !entry.modified().equals(modified)) {
            entry = new Entry(modified, TrainedModel.load(file));
            MODELS.put(file, entry);
            while (MODELS.size() > KEEP) {
                MODELS.remove(MODELS.keySet().iterator().next());
            }
        }
        return entry.model();
    }
}
