// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.runview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU time of the X server that shows this benchmark's window (Xvfb or Xorg with the display number of
 * {@code DISPLAY}), from {@code /proc}: what the charts cost outside this JVM, in the server that renders them.
 */
final class XServerCpu {

    private static final Optional<Path> STAT = find();

    private XServerCpu() {
    }

    /** Whether the X server was found (a local one, readable in {@code /proc}). */
    static boolean known() {
        return STAT.isPresent();
    }

    /** Its user and system time so far in ns; 0 where it is not known. */
    static long nanos() {
        if (STAT.isEmpty()) {
            return 0;
        }
        try {
            String stat = Files.readString(STAT.get());
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, the 14th and 15th fields of the whole line, in USER_HZ ticks (100 a second)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Optional<Path> find() {
        String display = System.getenv("DISPLAY");
        if (display == null || !display.startsWith(":")) {
            return Optional.empty();
        }
        String number = display.substring(1).replaceAll("\\..*", "");
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+")).filter(p -> {
                try {
                    String name = Files.readString(p.resolve("comm")).strip();
                    if (!name.equals("Xvfb") && !name.equals("Xorg")) {
                        return false;
                    }
                    for (String arg : Files.readString(p.resolve("cmdline")).split("\0")) {
                        if (arg.equals(":" + number)) {
                            return true;
                        }
                    }
                    return false;
                } catch (IOException e) {
                    return false;
                }
            }).map(p -> p.resolve("stat")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
