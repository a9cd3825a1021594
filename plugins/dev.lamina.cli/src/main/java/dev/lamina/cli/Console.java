// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import java.io.PrintStream;

/** Where a command writes: results to {@code out}, messages and problems to {@code err}. */
public record Console(PrintStream out, PrintStream err) {

    public static Console system() {
        return new Console(System.out, System.err);
    }
}
