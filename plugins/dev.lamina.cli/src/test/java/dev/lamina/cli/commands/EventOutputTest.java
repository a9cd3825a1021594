// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class EventOutputTest {

    /** What reached the stream below, and each flush: the points where a reader would have been woken. */
    private static final class Recording extends ByteArrayOutputStream {
        final List<String> flushed = new ArrayList<>();

        @Override
        public synchronized void flush() {
            flushed.add(toString(StandardCharsets.UTF_8));
        }

        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    private static final String NL = System.lineSeparator();

    @Test
    void linesKeepTheirOrderAndALineSaidNowWritesTheHeldOnesBeforeIt() {
        Recording sink = new Recording();
        try (EventOutput output = new EventOutput(new PrintStream(sink, false, StandardCharsets.UTF_8), 60_000)) {
            output.now("opened");
            output.held("batch 1");
            output.held("batch 2");
            assertEquals("opened" + NL, sink.text(), "held lines wait");
            output.now("epoch 1");
            assertEquals("opened" + NL + "batch 1" + NL + "batch 2" + NL + "epoch 1" + NL, sink.text());
            output.held("batch 3");
        }
        assertTrue(sink.text().endsWith("epoch 1" + NL + "batch 3" + NL), "closing writes what is held: " + sink.text());
    }

    @Test
    void heldLinesAreWrittenTogetherOnceTheOldestHasWaited() throws InterruptedException {
        Recording sink = new Recording();
        long hold = 80;
        try (EventOutput output = new EventOutput(new PrintStream(sink, false, StandardCharsets.UTF_8), hold)) {
            long start = System.nanoTime();
            StringBuilder expected = new StringBuilder();
            for (int i = 1; i <= 500; i++) {
                output.held("batch " + i);
                expected.append("batch ").append(i).append(NL);
            }
            long deadline = start + TimeUnit.SECONDS.toNanos(10);
            while (sink.text().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(expected.toString(), sink.text(), "all 500 lines, after " + waited + " ms");
            assertTrue(waited >= hold - 1, "written after " + waited + " ms, not before the " + hold + " ms hold");
            assertEquals(1, sink.flushed.size(), "one write for the burst, not one a line: " + sink.flushed.size());

            // a line held later is written on its own time, not only with the next burst or at the end
            output.held("batch 501");
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!sink.text().endsWith("batch 501" + NL) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(sink.text().endsWith("batch 501" + NL), sink.text());
            assertEquals(2, sink.flushed.size());
        }
    }
}
