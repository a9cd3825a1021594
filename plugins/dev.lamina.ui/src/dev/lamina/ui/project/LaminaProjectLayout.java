// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.project;

import java.util.List;

/** The folders every Lamina project starts with. */
public final class LaminaProjectLayout {

    /** Model documents ({@code .lamina}). */
    public static final String MODELS = "models";
    /** Data sets: folders of class folders, IDX files. */
    public static final String DATA = "data";
    /** Training runs, one folder each. */
    public static final String RUNS = "runs";

    public static final List<String> FOLDERS = List.of(MODELS, DATA, RUNS);

    private LaminaProjectLayout() {
    }
}
