// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

/**
 * A workbench run trains on a new thread at nice {@value TrainingThread#DEFAULT_NICE}, and the threads it starts (as
 * the batch pipeline and the step parts do) inherit that priority; the caller's own priority stays as it was.
 */
class TrainingThreadTest {

    @Test
    void trainsOnANewThreadAtTheLowerPriorityThatItsWorkersInherit() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
        assumeTrue(reniceInstalled(), "renice is not installed");
        int callerBefore = TrainingThread.currentNice();
        assumeTrue(callerBefore < TrainingThread.DEFAULT_NICE, "the tests already run at nice " + callerBefore);
        Thread caller = Thread.currentThread();

        int[] seen = TrainingThread.call("lamina-training-test", () -> {
            assertNotEquals(caller, Thread.currentThread());
            ExecutorService workers = Executors.newFixedThreadPool(2);
            try {
                int worker = workers.submit(TrainingThread::currentNice).get();
                return new int[] { TrainingThread.currentNice(), worker };
            } finally {
                workers.shutdown();
            }
        });

        assertEquals(TrainingThread.DEFAULT_NICE, seen[0], "the training thread's nice value");
        assertEquals(TrainingThread.DEFAULT_NICE, seen[1], "the nice value of a worker the training thread started");
        assertEquals(callerBefore, TrainingThread.currentNice(), "the caller's nice value");
    }

    @Test
    void niceZeroTrainsAtTheCallersPriority() {
        int before = TrainingThread.currentNice();
        try {
            System.setProperty(TrainingThread.PROPERTY, "0");
            assertEquals(0, TrainingThread.configuredNice());
            assertEquals(before, TrainingThread.call("lamina-training-test", TrainingThread::currentNice));
            assertFalse(TrainingThread.lowerPriority(0));
            System.setProperty(TrainingThread.PROPERTY, "40");
            assertEquals(19, TrainingThread.configuredNice());
        } finally {
            System.clearProperty(TrainingThread.PROPERTY);
        }
        assertEquals(TrainingThread.DEFAULT_NICE, TrainingThread.configuredNice());
    }

    @Test
    void throwsWhatTheTrainingThrew() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad batch");
        assertSame(thrown, assertThrows(IllegalArgumentException.class,
                () -> TrainingThread.call("lamina-training-test", () -> {
                    throw thrown;
                })));
        IOException checked = new IOException("model.zip: disk full");
        IllegalStateException wrapped = assertThrows(IllegalStateException.class,
                () -> TrainingThread.call("lamina-training-test", () -> {
                    throw checked;
                }));
        assertSame(checked, wrapped.getCause());
        assertEquals("model.zip: disk full", wrapped.getMessage());
    }

    private static boolean reniceInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "renice"))) {
                return true;
            }
        }
        return false;
    }
}
