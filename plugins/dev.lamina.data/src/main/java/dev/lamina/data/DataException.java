// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data problem reported as one line that names the file and what is wrong with it,
 * e.g. {@code data/cats/1.png: truncated (image data ends early)}.
 */
public class DataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    /** A problem with {@code file} ({@code null} when no single file is concerned). */
    public DataException(Path file, String problem) {
        this(file, problem, null);
    }

    /** A problem with {@code file}, keeping the low-level {@code cause} for debugging. */
    public DataException(Path file, String problem, Throwable cause) {
        super(file == null ? oneLine(problem) : file + ": " + oneLine(problem), cause);
        this.file = file;
        this.problem = oneLine(problem);
    }

    /** The file concerned, or {@code null}. */
    public Path file() {
        return file;
    }

    /** The problem without the file name. */
    public String problem() {
        return problem;
    }

    /** Collapses line breaks so that every message stays on one line. */
    public static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "unknown problem";
        }
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** A short reason for an I/O failure. */
    public static String ioReason(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "NoSuchFileException" -> "folder does not exist: " + e.getMessage();
            case "AccessDeniedException" -> "permission denied: " + e.getMessage();
            case "FileAlreadyExistsException" -> "a file is in the way: " + e.getMessage();
            default -> e.getMessage() == null ? name : e.getMessage();
        };
    }
}
