// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * The event lines of {@code lamina train --events} on their way out. A line said {@link #now} is written at once,
 * after any held before it; {@link #held} lines (one per batch, a few hundred a second on a fast model) are gathered
 * and written together once the oldest has waited {@code holdMillis}, so that the reader, the workbench, wakes a
 * few times a second instead of once a batch, and the training thread writes to the pipe as seldom. The order of the
 * lines is kept.
 */
final class EventOutput implements AutoCloseable {

    private final PrintStream out;
    private final long holdNanos;
    private final StringBuilder held = new StringBuilder();
    private long heldSince = -1;
    private boolean closed;

    EventOutput(PrintStream out, long holdMillis) {
        this.out = out;
        this.holdNanos = TimeUnit.MILLISECONDS.toNanos(holdMillis);
        Thread writer = new Thread(this::writeWhenDue, "lamina-event-output");
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes the lines held so far and then {@code line}. */
    synchronized void now(String line) {
        writeHeld();
        out.println(line);
        out.flush();
    }

    /** Holds {@code line} until the oldest held line is due, or a line comes that is said {@link #now}. */
    synchronized void held(String line) {
        held.append(line).append(System.lineSeparator());
        if (heldSince < 0) {
            heldSince = System.nanoTime();
            notifyAll();
        }
    }

    /** Writes what is held and stops the writer thread. */
    @Override
    public synchronized void close() {
        writeHeld();
        closed = true;
        notifyAll();
    }

    private void writeHeld() {
        if (!held.isEmpty()) {
            out.print(held);
            out.flush();
            held.setLength(0);
        }
        heldSince = -1;
    }

    private synchronized void writeWhenDue() {
        try {
            while (!closed) {
                if (heldSince < 0) {
                    wait();
                    continue;
                }
                long left = heldSince + holdNanos - System.nanoTime();
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } else {
                    writeHeld();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
