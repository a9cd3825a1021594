// SPDX-License-Identifier: EPL-2.0
package dev.lamina.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The watchdog the Spark runs in tests go through: a hang fails fast and shows where every thread waits. */
class ThreadDumpTest {

    @Test
    void aRunWithinItsLimitReturnsItsResult() throws Exception {
        assertEquals(42, ThreadDump.within(Duration.ofSeconds(30), "quick", () -> 42));
    }

    @Test
    void aHangFailsAtTheLimitWithEveryThreadsStack() {
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> ThreadDump.within(
                Duration.ofMillis(300), "a parked run", () -> {
                    never.await();
                    return 0;
                }));
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "the watchdog waited too long");
        String message = failure.getMessage();
        assertTrue(message.contains("a parked run ran past 0.3 s; threads:"), message);
        // the parked thread, with the frames that show where it waits
        assertTrue(message.contains("CountDownLatch.await"), message);
        assertTrue(message.contains("\"watched: a parked run\" WAITING"), message);
        assertTrue(message.contains("ThreadDumpTest"), message);
        never.countDown();
    }
}
