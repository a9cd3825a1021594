// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonObject;

/** Reading the optional, versioned JSON records of a run folder ({@code status.json}, {@code dataset.json}). */
final class RunRecords {

    private RunRecords() {
    }

    /**
     * Reads record {@code name} of {@code runFolder} with {@code parse}; {@code null} when the folder has none (runs
     * recorded before it existed).
     *
     * @throws IOException naming the file when it cannot be read, is malformed or has a format newer than
     *                     {@code knownFormat}
     */
    static <T> T read(Path runFolder, String name, int knownFormat, Function<JsonObject, T> parse)
            throws IOException {
        Path file = runFolder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonObject root = Json.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()).asObject();
            int format = root.getInt("format");
            if (format > knownFormat) {
                throw new IOException(file + ": format " + format + " is newer than this Lamina reads ("
                        + knownFormat + ")");
            }
            return parse.apply(root);
        } catch (RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
