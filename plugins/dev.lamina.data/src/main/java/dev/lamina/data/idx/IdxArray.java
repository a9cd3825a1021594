// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.idx;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The contents of an IDX file of unsigned bytes: its dimensions and its data in row-major order.
 *
 * @param file the file it was read from
 * @param dims the dimensions, outermost first (e.g. {@code [60000, 28, 28]})
 * @param data {@code product(dims)} unsigned bytes
 */
public record IdxArray(Path file, int[] dims, byte[] data) {

    /** Size of the first dimension: the number of items. */
    public int count() {
        return dims[0];
    }

    /** The dimensions as text, e.g. {@code 60000x28x28}. */
    public String shape() {
        return String.join("x", Arrays.stream(dims).mapToObj(String::valueOf).toList());
    }
}
