// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.welcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hands File › Switch Workspace's new command line to Lamina's launcher script. Eclipse's native launcher reads it
 * from shared memory; Lamina starts on a plain {@code java -jar}, so the workbench's relaunch data
 * ({@code eclipse.exitdata}) is written at exit to the file the launcher names in {@code LAMINA_RELAUNCH_FILE},
 * and the launcher starts the workbench again with its {@code -data}.
 */
final class RelaunchData {

    private static final String FILE = "LAMINA_RELAUNCH_FILE";
    private static boolean registered;

    private RelaunchData() {
    }

    static synchronized void writeAtExit() {
        String file = System.getenv(FILE);
        if (registered || file == null || file.isBlank()) {
            return;
        }
        registered = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            String data = System.getProperty("eclipse.exitdata");
            if (data == null || data.isBlank()) {
                return;
            }
            try {
                Files.writeString(Path.of(file), data, StandardCharsets.UTF_8);
            } catch (IOException e) {
                // the launcher then starts the workbench in the same workspace again
            }
        }, "lamina-relaunch-data"));
    }
}
