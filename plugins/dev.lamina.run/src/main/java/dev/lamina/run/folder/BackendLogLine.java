// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a run computes and why, as its {@code log.txt} records it (docs/gpu.md): the engine writes
 * {@code Backend cpu: no NVIDIA driver (libcuda.so.1 not found); training on the CPU} as the log's first line and
 * {@code Resumed; Backend ...} each time the run is resumed. The workbench reads it from here, so the Run view says
 * what the log says.
 */
public final class BackendLogLine {

    /** What the decision's line starts with. */
    public static final String PREFIX = "Backend ";
    private static final String RESUMED = "Resumed; ";

    private BackendLogLine() {
    }

    /**
     * The latest decision in {@code folder}'s log without its prefix, e.g. {@code cpu: no NVIDIA driver ...};
     * empty when the log is missing, unreadable or written before runs recorded their back end.
     */
    public static Optional<String> read(Path folder) {
        List<String> lines;
        try {
            lines = Files.readAllLines(folder.resolve(RunLayout.LOG), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith(RESUMED)) {
                line = line.substring(RESUMED.length());
            }
            if (line.startsWith(PREFIX)) {
                return Optional.of(line.substring(PREFIX.length()));
            }
        }
        return Optional.empty();
    }
}
