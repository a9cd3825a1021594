// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a run on Spark combines its workers (see {@code docs/spark.md}): {@code averaging}, DL4J's parameter averaging
 * (each worker fits its own copy, the driver averages the parameters every few batches), or {@code sharing}, DL4J's
 * gradient sharing (workers exchange thresholded, compressed updates after every batch).
 */
public enum SparkMode {
    AVERAGING, SHARING;

    /** The name in run files. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SparkMode> fromJsonName(String name) {
        return Arrays.stream(values()).filter(m -> m.jsonName().equalsIgnoreCase(name)).findFirst();
    }

    /** All names, for messages. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(SparkMode::jsonName).toList();
    }
}
