// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.folder;

import java.nio.file.Path;

/**
 * A trained state a run folder kept ({@link RunLayout#epochStates}): the model archive and the epochs it was trained
 * for.
 */
public record EpochState(Path file, int epoch) {
}
