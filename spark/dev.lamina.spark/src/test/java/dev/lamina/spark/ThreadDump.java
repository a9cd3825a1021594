// SPDX-License-Identifier: EPL-2.0
package dev.lamina.spark;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A watchdog for Spark runs in tests: a run that outlives its limit fails at once with every thread's full stack in
 * the failure and on stderr (the test report), instead of hanging the build until CI's own limit.
 * <p>
 * The limit counts the time this JVM was running, not the wall clock: a stretch in which the process was stopped
 * (SIGSTOP, a suspended machine) is counted as one poll interval, so a machine that pauses test processes does not
 * fail a healthy run, while a hang (idle threads in a running JVM) still reaches the limit.
 */
final class ThreadDump {

    private static final long POLL_MILLIS = 100;
    /** A poll that comes later than this means the process was stopped in between. */
    private static final long MAX_STEP_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** What a watched run does. */
    @FunctionalInterface
    interface Body<T> {
        T run() throws Exception;
    }

    private ThreadDump() {
    }

    /** {@code body}'s result, or a failure naming {@code what} with a thread dump when it runs past {@code limit}. */
    static <T> T within(Duration limit, String what, Body<T> body) throws Exception {
        ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "watched: " + what);
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<T> result = runner.submit(body::run);
            long running = 0;
            long last = System.nanoTime();
            while (true) {
                try {
                    return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long now = System.nanoTime();
                    running += Math.min(now - last, MAX_STEP_NANOS);
                    last = now;
                    if (running > limit.toNanos()) {
                        String dump = String.format(Locale.ROOT, "%s ran past %.1f s; threads:%n%s", what,
                                limit.toMillis() / 1e3, all());
                        System.err.println(dump);
                        result.cancel(true);
                        return fail(dump);
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw (Error) e.getCause();
                }
            }
        } finally {
            runner.shutdownNow();
        }
    }

    /** Every live thread with its state, the lock it waits for and its whole stack (ThreadInfo.toString cuts at 8). */
    static String all() {
        StringBuilder out = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            out.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
            LockInfo lock = info.getLockInfo();
            if (lock != null) {
                out.append(" on ").append(lock);
            }
            if (info.getLockOwnerName() != null) {
                out.append(" owned by \"").append(info.getLockOwnerName()).append('"');
            }
            out.append('\n');
            for (StackTraceElement frame : info.getStackTrace()) {
                out.append("    at ").append(frame).append('\n');
            }
        }
        return out.toString();
    }
}
