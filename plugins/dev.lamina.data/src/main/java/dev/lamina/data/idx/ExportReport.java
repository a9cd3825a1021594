// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.idx;

import java.nio.file.Path;
import java.util.List;

/**
 * What an IDX export wrote.
 *
 * @param folder  the dataset folder created
 * @param classes the class folder names, in label order
 * @param counts  images written per class
 */
public record ExportReport(Path folder, List<String> classes, int[] counts) {

    /** Images written in all. */
    public int total() {
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return sum;
    }
}
