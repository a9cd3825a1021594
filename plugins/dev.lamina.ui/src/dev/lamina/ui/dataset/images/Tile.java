// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.images;

import java.nio.file.Path;

import dev.lamina.data.folder.ScanProblem;
import dev.lamina.data.folder.ScanProblemKind;
import dev.lamina.data.image.ImageHeader;

/**
 * One file of the images grid.
 *
 * @param path       the file
 * @param classIndex the class folder it is in (its label when usable)
 * @param header     format and size as scanned; {@code null} for a skipped file, and for one counted by its name
 *                   whose header is not read yet
 * @param problem    why the file is skipped or noted, or {@code null}
 */
public record Tile(Path path, int classIndex, ImageHeader header, ScanProblem problem) {

    /** Whether training uses the file. */
    public boolean usable() {
        return problem == null || problem.kind().severity() != ScanProblemKind.Severity.SKIPPED;
    }
}
