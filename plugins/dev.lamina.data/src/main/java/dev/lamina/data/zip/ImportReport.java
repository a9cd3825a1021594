// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.zip;

import java.nio.file.Path;
import java.util.List;

/**
 * What a zip import extracted.
 *
 * @param destination the folder created
 * @param files       files extracted
 * @param bytes       bytes written
 * @param duplicates  entry names left out because an earlier entry had the same path (ignoring case)
 * @param skipped     entry names left out on purpose ({@code __MACOSX/}, hidden files, system files)
 */
public record ImportReport(Path destination, int files, long bytes, List<String> duplicates, List<String> skipped) {

    public ImportReport {
        duplicates = List.copyOf(duplicates);
        skipped = List.copyOf(skipped);
    }
}
