// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.nio.file.Path;

/** A view that asks a trained run's model about images (Activations, Predict), shown by {@link ShowRunHandler}. */
public interface RunModelView {

    /** Shows the run in {@code folder} (a run folder; {@code null} for none). */
    void setRun(Path folder);
}
