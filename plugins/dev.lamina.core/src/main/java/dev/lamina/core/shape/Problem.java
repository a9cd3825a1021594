// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.shape;

import java.util.Locale;

/**
 * Something wrong with a model, as data an editor can show next to a layer.
 *
 * @param layerIndex the layer's index, or -1 for the model as a whole
 * @param layerName the layer's name, or {@code null} for the model as a whole
 * @param message what is wrong, without the layer name, e.g. {@code 3×3 kernel does not fit a 2×2 input}
 */
public record Problem(Severity severity, int layerIndex, String layerName, String message) {

    static Problem error(int index, String layerName, String message) {
        return new Problem(Severity.ERROR, index, layerName, message);
    }

    static Problem warning(int index, String layerName, String message) {
        return new Problem(Severity.WARNING, index, layerName, message);
    }

    /** {@code conv2d_4: 3×3 kernel does not fit a 2×2 input}, or the bare message for model problems. */
    public String text() {
        return layerName == null ? message : layerName + ": " + message;
    }

    /** {@code error: conv2d_4: …}. */
    @Override
    public String toString() {
        return severity.name().toLowerCase(Locale.ROOT) + ": " + text();
    }
}
