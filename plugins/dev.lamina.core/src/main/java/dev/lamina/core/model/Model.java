// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.layer.LayerNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Sequential model: a name, an ordered list of layers and a diagram layout. Immutable; the
 * {@code with…} methods return edited copies. A model may be wrong (a kernel that does not fit,
 * Input in the middle): shape inference reports that as problems, so it can be edited into shape.
 */
public record Model(String name, List<Layer> layers, Layout layout) {

    /** The name Keras gives the first Sequential model of a session. */
    public static final String DEFAULT_NAME = "sequential";

    public Model {
        LayerNames.requireValid("name", name);
        layers = List.copyOf(layers);
        layout = layout == null ? Layout.EMPTY : layout;
    }

    /** A model without layout. */
    public Model(String name, List<Layer> layers) {
        this(name, layers, Layout.EMPTY);
    }

    /** A builder that names layers the way Keras does. */
    public static ModelBuilder builder() {
        return new ModelBuilder();
    }

    public int size() {
        return layers.size();
    }

    public Layer layer(int index) {
        return layers.get(index);
    }

    /** The index of the layer with this name, or -1. */
    public int indexOf(String layerName) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).name().equals(layerName)) {
                return i;
            }
        }
        return -1;
    }

    /** The layer with this name. */
    public Optional<Layer> find(String layerName) {
        int index = indexOf(layerName);
        return index < 0 ? Optional.empty() : Optional.of(layers.get(index));
    }

    /** The layer names in order. */
    public Set<String> layerNames() {
        return layers.stream().map(Layer::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A name for a new layer of this kind that no layer has yet, Keras style ({@code dense_2}). */
    public String uniqueName(LayerKind kind) {
        return LayerNames.unique(kind, layerNames());
    }

    /** This model with the layer at {@code index} replaced; a rename carries the block's position. */
    public Model withLayer(int index, Layer layer) {
        List<Layer> copy = new ArrayList<>(layers);
        Layer old = copy.set(index, layer);
        return new Model(name, copy, layout.renamed(old.name(), layer.name()));
    }

    /** This model with {@code layer} inserted at {@code index}. */
    public Model withInserted(int index, Layer layer) {
        List<Layer> copy = new ArrayList<>(layers);
        copy.add(index, layer);
        return new Model(name, copy, layout);
    }

    /** This model with {@code layer} appended. */
    public Model withAppended(Layer layer) {
        return withInserted(layers.size(), layer);
    }

    /** This model without the layer at {@code index} (and its block position). */
    public Model withRemoved(int index) {
        List<Layer> copy = new ArrayList<>(layers);
        Layer removed = copy.remove(index);
        return new Model(name, copy, layout.without(removed.name()));
    }

    /** This model with the layer at {@code from} moved to {@code to}. */
    public Model withMoved(int from, int to) {
        List<Layer> copy = new ArrayList<>(layers);
        copy.add(to, copy.remove(from));
        return new Model(name, copy, layout);
    }

    public Model withLayout(Layout newLayout) {
        return new Model(name, layers, newLayout);
    }

    public Model withName(String newName) {
        return new Model(newName, layers, layout);
    }
}
