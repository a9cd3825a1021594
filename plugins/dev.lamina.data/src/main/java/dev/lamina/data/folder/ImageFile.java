// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import dev.lamina.data.image.ImageHeader;

import java.nio.file.Path;

/**
 * A usable image of a dataset.
 *
 * @param path       the file
 * @param classIndex index into the dataset's class names
 * @param header     format, size and channels as the file declares them; {@code null} for files given directly
 *                   (prediction), which were never scanned
 */
public record ImageFile(Path path, int classIndex, ImageHeader header) {
}
