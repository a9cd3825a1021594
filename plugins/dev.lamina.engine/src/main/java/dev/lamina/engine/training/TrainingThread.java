// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import dev.lamina.run.process.TrainingPriority;

/**
 * Runs a workbench run's training on a thread of its own at a lower scheduling priority than the UI, so that the
 * training keeps the cores only while nothing else wants them: on a machine of 2 cores, a live run's chart frames,
 * the X server and the user's input then wait for a core less often.
 * <p>
 * On Linux the thread sets its own nice value ({@value #DEFAULT_NICE} by default, {@value #PROPERTY} to change it, 0
 * to keep the normal priority) before it trains. A nice value is per thread and passed on to the threads it starts,
 * so the run's batch workers, its step parts and their OpenMP threads all inherit it, while the Java runtime's own
 * threads (its collector, its compilers) keep theirs. The thread is new for each run because an unprivileged
 * process cannot raise a thread's priority again: a pooled thread would keep the lower one for other work.
 * <p>
 * {@code lamina train} does not use it: a terminal run has no UI to give way to.
 */
public final class TrainingThread {

    /** System property with the training thread's nice value (0 to 19; 0 leaves the priority as it is). */
    public static final String PROPERTY = TrainingPriority.PROPERTY;

    /** The nice value a workbench run trains at unless {@value #PROPERTY} says otherwise. */
    public static final int DEFAULT_NICE = TrainingPriority.DEFAULT_NICE;

    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private TrainingThread() {
    }

    /**
     * Calls {@code training} on a new thread named {@code name} at the lower priority and waits for it; returns its
     * result or throws what it threw (a checked exception wrapped in an {@link IllegalStateException}). An interrupt
     * of the waiting thread does not abandon the training: stopping it is the trainer's business
     * ({@link Trainer#cancel()}); the interrupt is kept for the caller.
     */
    public static <T> T call(String name, Callable<T> training) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        int nice = configuredNice();
        Thread thread = new Thread(() -> {
            lowerPriority(nice);
            try {
                result[0] = training.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0].getMessage(), failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** The nice value runs train at: {@value #PROPERTY}, within 0 to 19, or {@value #DEFAULT_NICE}. */
    public static int configuredNice() {
        return TrainingPriority.nice();
    }

    /**
     * Sets the calling thread's nice value to {@code nice} where Linux lets a thread do so ({@code renice} on its own
     * thread id; a thread may always lower its own priority). Returns whether the thread now has that value; false
     * elsewhere, for 0, and when {@code renice} is missing or refused: the run then trains at the normal priority.
     */
    public static boolean lowerPriority(int nice) {
        if (nice <= 0) {
            return false;
        }
        String thread;
        try {
            thread = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // not Linux
        }
        try {
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", thread)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(10, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
                return false;
            }
            return renice.exitValue() == 0 && currentNice() == nice;
        } catch (IOException e) {
            return false; // no renice on the PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The calling thread's nice value on Linux (field 19 of {@code /proc/thread-self/stat}); 0 elsewhere. */
    public static int currentNice() {
        try {
            String stat = Files.readString(THREAD_SELF.resolve("stat"), StandardCharsets.US_ASCII);
            // the command name, in parentheses, may hold spaces: count the fields after its closing one
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
