// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

import dev.lamina.core.json.Json;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Default layer names as Keras gives them in a fresh session: {@code conv2d}, {@code conv2d_1},
 * {@code conv2d_2}, …, and {@code input_1}, {@code input_2}, … for inputs.
 */
public final class LayerNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,127}");

    private LayerNames() {
    }

    /**
     * Checks a layer or model name: letters, digits, {@code _ . -}, not starting with {@code .} or
     * {@code -}, at most 128 characters (what Keras accepts as a name scope).
     *
     * @throws InvalidParameterException naming {@code parameter} if the name is not valid
     */
    public static String requireValid(String parameter, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidParameterException(parameter,
                    "a name of letters, digits, '_', '.' or '-' (at most 128, not starting with '.' or '-')",
                    name == null ? "null" : Json.quote(name));
        }
        return name;
    }

    /** The first default name for {@code kind} that is not in {@code taken}. */
    public static String unique(LayerKind kind, Collection<String> taken) {
        String prefix = kind.namePrefix();
        if (kind != LayerKind.INPUT && !taken.contains(prefix)) {
            return prefix;
        }
        for (int i = 1;; i++) {
            String candidate = prefix + "_" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
