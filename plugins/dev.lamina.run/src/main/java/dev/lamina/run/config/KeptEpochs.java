// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which epochs' trained states a run folder keeps in {@code epochs/} (run.json's {@code "keep_epochs"}, format 3;
 * docs/run-folder.md): every epoch, only the best and the latest, or {@code auto} — every epoch while one state is
 * at most {@link #AUTO_LIMIT_BYTES}, else the best and the latest.
 */
public enum KeptEpochs {
    AUTO, ALL, BEST_AND_LAST;

    /** The largest state {@code auto} keeps for every epoch: 50 MB (parameters × 4 bytes). */
    public static final long AUTO_LIMIT_BYTES = 50L * 1000 * 1000;

    /** The name in run files. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a run whose state takes {@code stateBytes} keeps every epoch. */
    public boolean keepsEvery(long stateBytes) {
        return this == ALL || this == AUTO && stateBytes <= AUTO_LIMIT_BYTES;
    }

    /** The setting called {@code name}. */
    public static Optional<KeptEpochs> fromJsonName(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName().equals(name)).findFirst();
    }

    /** All names, for messages. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(KeptEpochs::jsonName).toList();
    }
}
