// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Which layers of a diagram are selected, which one has the keyboard focus, and where a Shift range starts (the
 * anchor). The editor's canvas turns clicks and keys into these calls, then reveals and repaints; no UI here.
 */
public final class DiagramSelection {

    private final List<String> names = new ArrayList<>();
    private String focus;
    private String anchor;

    /** The selected layer names, in the order they were selected or set. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** The selected layer names in model order. */
    public List<String> inModelOrder(Diagram diagram) {
        return inModelOrder(diagram, names);
    }

    public boolean contains(String name) {
        return names.contains(name);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public int size() {
        return names.size();
    }

    /** The layer with the keyboard focus, or {@code null}. */
    public String focus() {
        return focus;
    }

    public void setFocus(String name) {
        focus = name;
    }

    /** Where a Shift range starts, or {@code null}. */
    public String anchor() {
        return anchor;
    }

    public void setAnchor(String name) {
        anchor = name;
    }

    /** Whether the anchor names a layer of {@code diagram}. */
    public boolean hasAnchorIn(Diagram diagram) {
        return anchor != null && diagram.block(anchor) != null;
    }

    /** A new diagram of the model: drops the names it no longer has; a vanished focus moves to the last selected. */
    public void retain(Diagram diagram) {
        names.removeIf(name -> diagram.block(name) == null);
        if (focus != null && diagram.block(focus) == null) {
            focus = names.isEmpty() ? null : names.getLast();
        }
    }

    /**
     * Sets the selection from outside (another view): the last name gets the focus, the first the anchor. Returns
     * {@code false} when nothing changes.
     */
    public boolean set(Diagram diagram, List<String> requested) {
        List<String> existing = requested.stream().filter(name -> diagram.block(name) != null).toList();
        if (existing.equals(names) && (existing.isEmpty() || existing.getLast().equals(focus))) {
            return false;
        }
        names.clear();
        names.addAll(existing);
        if (!existing.isEmpty()) {
            focus = existing.getLast();
            anchor = existing.getFirst();
        }
        return true;
    }

    /** Selects {@code chosen} in model order, focusing {@code newFocus} unless {@code null}; whether the names changed. */
    public boolean select(Diagram diagram, List<String> chosen, String newFocus) {
        List<String> ordered = inModelOrder(diagram, chosen);
        boolean changed = !ordered.equals(names);
        names.clear();
        names.addAll(ordered);
        if (newFocus != null) {
            focus = newFocus;
        }
        return changed;
    }

    /** The selection with {@code name} added, or removed when it is there. */
    public List<String> toggled(String name) {
        List<String> toggled = new ArrayList<>(names);
        if (!toggled.remove(name)) {
            toggled.add(name);
        }
        return toggled;
    }

    /** Every layer from {@code from} to {@code to}, both included, in model order. */
    public static List<String> range(Diagram diagram, String from, String to) {
        int a = diagram.block(from).index();
        int b = diagram.block(to).index();
        List<String> range = new ArrayList<>();
        for (int i = Math.min(a, b); i <= Math.max(a, b); i++) {
            range.add(diagram.blocks().get(i).layerName());
        }
        return range;
    }

    /** {@code chosen} in the diagram's (the model's) order, without names it does not have. */
    public static List<String> inModelOrder(Diagram diagram, List<String> chosen) {
        List<String> ordered = new ArrayList<>();
        for (Block block : diagram.blocks()) {
            if (chosen.contains(block.layerName())) {
                ordered.add(block.layerName());
            }
        }
        return ordered;
    }
}
