// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

/** Exit codes of the {@code lamina} command; documented in the README. */
public final class ExitCode {

    /** The command did its job. */
    public static final int OK = 0;
    /** The command could not do its job: bad input, a missing file, an invalid model. */
    public static final int FAILURE = 1;
    /** A data set held no usable image. */
    public static final int NO_USABLE_DATA = 2;
    /** The command line itself was wrong (sysexits EX_USAGE). */
    public static final int USAGE = 64;
    /** A bug in Lamina: an unexpected exception. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
