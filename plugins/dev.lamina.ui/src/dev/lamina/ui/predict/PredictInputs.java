// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.predict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.lamina.data.DataException;
import dev.lamina.data.image.ImageFormat;

/**
 * The images of dropped or chosen files and folders, each with the name of the sub-folder it lies in directly under
 * a dropped folder: a folder of class folders (Keras's layout) says what each image is.
 */
final class PredictInputs {

    /** An image and its class folder's name under the dropped folder ({@code null} for none). */
    record Input(Path file, String folderClass) {
    }

    private PredictInputs() {
    }

    /**
     * @throws DataException naming a path that is neither an image nor a readable folder
     */
    static List<Input> of(List<Path> paths) {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                inputs.addAll(folder(path));
            } else if (Files.isRegularFile(path) && isImage(path)) {
                inputs.add(new Input(path, null));
            } else {
                throw new DataException(path, Files.exists(path) ? "not an image file (PNG, JPEG, BMP or GIF)"
                        : "no such file or folder");
            }
        }
        return inputs;
    }

    private static List<Input> folder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(PredictInputs::isImage)
                    .filter(f -> !hidden(root.relativize(f))).sorted()
                    .map(f -> new Input(f, root.relativize(f).getNameCount() > 1
                            ? root.relativize(f).getName(0).toString()
                            : null))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(root, "cannot list the folder (" + e.getMessage() + ")");
        }
    }

    private static boolean isImage(Path file) {
        return ImageFormat.hasImageExtension(file.getFileName().toString());
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
