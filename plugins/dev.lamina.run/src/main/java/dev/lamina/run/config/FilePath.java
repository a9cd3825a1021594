// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.nio.file.Path;

/**
 * A path in a run file: the text as written there (relative to the run file's folder, or absolute)
 * and the absolute path it means. Code uses {@link #resolved()}; the writer keeps {@link #written()}.
 *
 * @param written  as in the file, with {@code /} separators
 * @param resolved absolute and normalised
 */
public record FilePath(String written, Path resolved) {

    public FilePath {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("path text is empty");
        }
        if (resolved == null || !resolved.isAbsolute()) {
            throw new IllegalArgumentException("resolved path must be absolute: " + resolved);
        }
    }

    /** The path {@code text} means in a run file in {@code folder}. */
    public static FilePath parse(String text, Path folder) {
        Path given = Path.of(text);
        Path resolved = given.isAbsolute() ? given.normalize() : folder.toAbsolutePath().resolve(given).normalize();
        return new FilePath(text, resolved);
    }

    /** {@code target}, written relative to {@code folder} (absolute when they share no root). */
    public static FilePath relativeTo(Path folder, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path base = folder.toAbsolutePath().normalize();
        if (!absolute.getRoot().equals(base.getRoot())) {
            return new FilePath(slashes(absolute), absolute);
        }
        Path relative = base.relativize(absolute);
        return new FilePath(relative.toString().isEmpty() ? "." : slashes(relative), absolute);
    }

    /** The same file written for a run file in {@code folder}: relative paths are made relative to it. */
    public FilePath rebase(Path folder) {
        return Path.of(written).isAbsolute() ? this : relativeTo(folder, resolved);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        return written;
    }
}
