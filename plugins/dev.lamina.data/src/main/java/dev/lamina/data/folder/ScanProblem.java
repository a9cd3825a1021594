// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import java.nio.file.Path;

/**
 * One problem found by a scan.
 *
 * @param path   the file or folder concerned
 * @param kind   what kind of problem
 * @param detail the problem in words, without the path
 */
public record ScanProblem(Path path, ScanProblemKind kind, String detail) {

    /** One line naming the file and the problem: {@code PATH: DETAIL}. */
    public String message() {
        return path + ": " + detail;
    }

    @Override
    public String toString() {
        return message();
    }
}
