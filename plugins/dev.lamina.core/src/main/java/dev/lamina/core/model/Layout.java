// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The diagram layout: block positions keyed by layer name. Kept apart from the layers so that
 * moving a block does not touch layer configuration (in memory or in the file).
 */
public record Layout(Map<String, Position> positions) {

    public static final Layout EMPTY = new Layout(Map.of());

    public Layout {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    /** The position of a layer's block, if placed. */
    public Optional<Position> positionOf(String layerName) {
        return Optional.ofNullable(positions.get(layerName));
    }

    /** This layout with a block placed (or moved). */
    public Layout with(String layerName, Position position) {
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.put(layerName, position);
        return new Layout(copy);
    }

    /** This layout without a block. */
    public Layout without(String layerName) {
        if (!positions.containsKey(layerName)) {
            return this;
        }
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.remove(layerName);
        return new Layout(copy);
    }

    /** This layout with a block's key renamed. */
    public Layout renamed(String oldName, String newName) {
        Position position = positions.get(oldName);
        return position == null || oldName.equals(newName) ? this : without(oldName).with(newName, position);
    }
}
