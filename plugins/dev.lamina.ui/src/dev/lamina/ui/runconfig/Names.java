// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The names a run file accepts for an enum-valued key, as the parser spells them (lower case). */
final class Names {

    private Names() {
    }

    static List<String> of(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
