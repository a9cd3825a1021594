// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import java.util.List;

/**
 * One editable parameter of a layer, under its Keras name.
 *
 * @param choices the allowed values for a drop-down, or empty for free text
 */
public record LayerParameter(String key, List<String> choices) {

    public LayerParameter {
        choices = List.copyOf(choices);
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }
}
