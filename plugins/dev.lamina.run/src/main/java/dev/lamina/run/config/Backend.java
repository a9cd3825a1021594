// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a run computes: {@code auto} (CUDA when available, else CPU), {@code cpu} or {@code cuda}. */
public enum Backend {
    AUTO, CPU, CUDA;

    /** The name in run files. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The backend called {@code name}. */
    public static Optional<Backend> fromJsonName(String name) {
        return Arrays.stream(values()).filter(b -> b.jsonName().equalsIgnoreCase(name)).findFirst();
    }

    /** All names, for messages. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(Backend::jsonName).toList();
    }
}
