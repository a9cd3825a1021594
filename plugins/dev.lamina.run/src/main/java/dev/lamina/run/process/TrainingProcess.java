// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.lamina.run.events.RunEventLines;
import dev.lamina.run.events.RunEventLines.Receiver;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunListeners;
import dev.lamina.run.events.RunResult;

/**
 * A run trained by {@code lamina train ARGS --events} in a process of its own, as Eclipse runs a program in a VM of
 * its own: the run's events come back over the process's output ({@link RunEventLines}), its other output is handed
 * on line by line, and a stop is asked for on its input ({@value #STOP}), after which it stops before its next batch
 * and keeps what it trained, as {@code lamina train} does on Ctrl-C.
 * <p>
 * The workbench trains this way so that the training's threads, its garbage collector and its compilers all run at
 * a lower priority ({@link TrainingPriority}) and in another heap than the UI's: on a machine of two cores the UI
 * thread then gets a core when it wants one.
 */
public final class TrainingProcess {

    /** The line on the process's input that asks the run to stop. */
    public static final String STOP = "stop";

    /**
     * System property: the {@code lamina} launcher to train with, or {@code false} to train inside the workbench.
     * Unset, the launcher beside the installation ({@code eclipse.home.location}) is used when there is one.
     */
    public static final String LAUNCHER_PROPERTY = "lamina.training.launcher";

    /**
     * Environment variable in which the product's launcher (a CUDA build) names the variables it set to fix the
     * workbench's own back end ({@code BACKEND_PRIORITY_GPU}, {@code CUDA_VISIBLE_DEVICES}, ...). A training process
     * starts without them, so that its launcher chooses the back end for its run as for {@code lamina train}.
     */
    public static final String BACKEND_VARIABLES = "LAMINA_BACKEND_VARIABLES";

    /** How long a stopped run may take to save its checkpoint before its process is ended. */
    private static final long STOP_GRACE_SECONDS = 120;

    /** Linux's page size on x86-64, the unit of {@code /proc/PID/statm}. */
    private static final long PAGE_BYTES = 4096;

    private final List<String> command;
    private Process process;
    private boolean cancelled;

    /** A process that runs {@code command}, which ends in {@code train ... --events}. */
    public TrainingProcess(List<String> command) {
        this.command = List.copyOf(command);
    }

    /**
     * The {@code lamina} launcher a workbench run trains with: {@value #LAUNCHER_PROPERTY}, else {@code lamina} in
     * the installation's folder (the product's launcher script); empty when there is none (a workbench started
     * some other way, e.g. by tests) or the property is {@code false}: the run then trains in the workbench's
     * process.
     */
    public static Optional<Path> launcher() {
        String named = System.getProperty(LAUNCHER_PROPERTY);
        if (named != null && !named.isBlank()) {
            return named.strip().equals("false") ? Optional.empty()
                    : Optional.of(Path.of(named.strip())).filter(Files::isExecutable);
        }
        String home = System.getProperty("eclipse.home.location");
        if (home == null || !home.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(URI.create(home.replace(" ", "%20"))).resolve("lamina"))
                    .filter(Files::isRegularFile).filter(Files::isExecutable);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code launcher train ARGUMENTS --events}, at the nice value of {@link TrainingPriority} when it is above 0
     * and {@code nice} is installed (every thread of the process then inherits it).
     */
    public static List<String> command(List<String> launcher, List<String> trainArguments) {
        List<String> command = new ArrayList<>();
        int nice = TrainingPriority.nice();
        Optional<Path> niceCommand = Optional.empty();
        if (nice > 0) {
            niceCommand = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice")).stream()
                    .filter(Files::isExecutable).findFirst();
        }
        niceCommand.ifPresent(n -> command.addAll(List.of(n.toString(), "-n", Integer.toString(nice))));
        command.addAll(launcher);
        command.add("train");
        command.addAll(trainArguments);
        command.add("--events");
        return command;
    }

    public List<String> command() {
        return command;
    }

    /** The process's resident memory now (Linux: {@code /proc/PID/statm}); empty before it starts and after. */
    public OptionalLong residentBytes() {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running == null || !running.isAlive()) {
            return OptionalLong.empty();
        }
        try {
            String[] fields = Files.readString(Path.of("/proc", Long.toString(running.pid()), "statm"),
                    StandardCharsets.US_ASCII).trim().split(" ");
            return OptionalLong.of(Long.parseLong(fields[1]) * PAGE_BYTES);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Starts the process and follows it to its end: each event to {@code receiver} (on the calling thread), every
     * other line it prints, errors included, to {@code output}. Returns how the run ended.
     *
     * @throws TrainingProcessException when the process could not start, ended without saying how the run ended (the
     *                                  message is its last line: the command's own one-line error), or was stopped
     *                                  before it started
     */
    public RunResult run(Receiver receiver, Consumer<String> output) throws TrainingProcessException {
        Process started;
        synchronized (this) {
            if (cancelled) {
                throw new TrainingProcessException("stopped before the training process started");
            }
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
                withoutWorkbenchBackend(builder.environment());
                started = builder.start();
            } catch (IOException e) {
                throw new TrainingProcessException("cannot start " + command.get(0) + " (" + e.getMessage() + ")");
            }
            process = started;
        }
        RunResult[] result = new RunResult[1];
        String[] badEvent = new String[1];
        String lastLine = "";
        Receiver recording = RunEventLines.receiver(receiver::opened, RunListeners.inOrder(receiver,
                new RunListener() {
                    @Override
                    public void finished(RunResult runResult) {
                        result[0] = runResult;
                    }
                }));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(started.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (RunEventLines.isEvent(line)) {
                    try {
                        RunEventLines.decode(line, recording);
                    } catch (IllegalArgumentException e) {
                        if (badEvent[0] == null) {
                            badEvent[0] = e.getMessage();
                            output.accept(e.getMessage());
                        }
                    }
                } else {
                    output.accept(line);
                    if (!line.isBlank()) {
                        lastLine = line.strip();
                    }
                }
            }
            int status = started.waitFor();
            if (result[0] != null) {
                return result[0];
            }
            if (badEvent[0] != null) {
                throw new TrainingProcessException(badEvent[0]);
            }
            throw new TrainingProcessException(lastLine.isEmpty()
                    ? "the training process ended with exit status " + status + " before the run ended"
                    : lastLine);
        } catch (IOException e) {
            started.destroy();
            throw new TrainingProcessException("lost the training process's output (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new TrainingProcessException("interrupted; the training process was asked to stop");
        }
    }

    /**
     * Removes from {@code environment} (a training process's, inherited from the workbench) the variables that the
     * launcher set for the workbench's own back end, as {@value #BACKEND_VARIABLES} names them, and that one.
     */
    public static void withoutWorkbenchBackend(java.util.Map<String, String> environment) {
        String named = environment.remove(BACKEND_VARIABLES);
        if (named != null) {
            for (String name : named.trim().split("\\s+")) {
                if (!name.isEmpty()) {
                    environment.remove(name);
                }
            }
        }
    }

    /**
     * Asks the run to stop before its next batch ({@value #STOP} on the process's input); a process that has not
     * ended {@value #STOP_GRACE_SECONDS} seconds later is ended. Before the process started, it will not start.
     */
    public void cancel() {
        Process running;
        synchronized (this) {
            cancelled = true;
            running = process;
        }
        if (running == null || !running.isAlive()) {
            return;
        }
        try {
            OutputStream input = running.getOutputStream();
            input.write((STOP + "\n").getBytes(StandardCharsets.UTF_8));
            input.flush();
        } catch (IOException e) {
            // the process is ending, or closed its input: it stops either way (end of input stops the run too)
        }
        CompletableFuture.delayedExecutor(STOP_GRACE_SECONDS, TimeUnit.SECONDS).execute(() -> {
            if (running.isAlive()) {
                running.descendants().forEach(ProcessHandle::destroy);
                running.destroy();
            }
        });
    }
}
