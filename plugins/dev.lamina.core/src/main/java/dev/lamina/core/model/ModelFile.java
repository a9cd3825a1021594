// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.io.Utf8;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads and saves {@code .lamina} model files. */
public final class ModelFile {

    private ModelFile() {
    }

    /**
     * Loads a model. Never writes to the file. Every failure, including a missing or unreadable
     * file, is a {@link ModelLoadException} with a one-line message naming the file.
     */
    public static Model load(Path file) throws ModelLoadException {
        String fileName = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(fileName, 0, 0, null, "no such file: " + file, e);
        } catch (IOException e) {
            throw new ModelLoadException(fileName, 0, 0, null, "cannot read " + file + ": " + e, e);
        }
        return LaminaFormat.read(decodeUtf8(bytes, fileName), fileName);
    }

    /**
     * Saves a model atomically: the old file is replaced only once the new content is fully on
     * disk, so a crash or a failed write never leaves it half-written.
     */
    public static void save(Model model, Path file) throws IOException {
        AtomicFile.write(file, LaminaFormat.write(model));
    }

    static String decodeUtf8(byte[] bytes, String fileName) throws ModelLoadException {
        try {
            return Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ModelLoadException(fileName, 0, 0, null, "not UTF-8 text", e);
        }
    }
}
