// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import java.util.List;

/**
 * A source whose classes are put in another order, matched by name: an IDX pair named in its own label order,
 * evaluated by a model that learned the same classes from sorted folder names.
 */
public final class Relabeled extends SourceView {

    private final List<String> classNames;
    private final int[] newIndex;

    private Relabeled(SampleSource source, List<String> classNames, int[] newIndex) {
        super(source);
        this.classNames = List.copyOf(classNames);
        this.newIndex = newIndex;
    }

    /**
     * {@code source} with its labels renumbered to {@code classNames}' order.
     *
     * @throws IllegalArgumentException when the two sets of names differ
     */
    public static SampleSource to(SampleSource source, List<String> classNames) {
        if (source.classNames().equals(classNames)) {
            return source;
        }
        if (source.classNames().size() != classNames.size() || !classNames.containsAll(source.classNames())) {
            throw new IllegalArgumentException("the data's classes " + source.classNames() + " are not the model's "
                    + classNames);
        }
        int[] newIndex = new int[classNames.size()];
        for (int i = 0; i < newIndex.length; i++) {
            newIndex[i] = classNames.indexOf(source.classNames().get(i));
        }
        return new Relabeled(source, classNames, newIndex);
    }

    @Override
    public int label(int index) {
        return newIndex[source.label(index)];
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }
}
