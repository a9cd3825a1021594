// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.spark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.lamina.run.config.SparkMaster;

/**
 * Training a run file on Spark, for {@code lamina train RUN.json --spark MASTER} and the workbench's Run As &gt; Lamina
 * Training on a run file whose {@code spark.master} is set: a {@code local[N]} master trains in a child JVM on the
 * job's class path (the desktop product carries no Spark); any other master ({@code spark://host:7077}, {@code yarn},
 * ...) goes through {@code spark-submit}, found in {@code $SPARK_HOME/bin} or on the PATH.
 */
public final class SparkLaunch {

    private final List<String> command;
    private final boolean local;
    private final boolean submitFound;
    private final String sparkHome;
    private volatile Process process;
    private volatile boolean cancelled;

    private SparkLaunch(List<String> command, boolean local, boolean submitFound, String sparkHome) {
        this.command = List.copyOf(command);
        this.sparkHome = sparkHome;
        this.local = local;
        this.submitFound = submitFound;
    }

    /**
     * The command that trains {@code runFile} on {@code master} into {@code out} ({@code null}: a new folder in
     * {@code runs/} beside the run file), with {@code SPARK_HOME}, {@code PATH} and {@code LAMINA_SPARK_JOB} read from
     * {@code environment}.
     *
     * @throws SparkLaunchException when the master is not a master URL, the run file is missing or the job is not
     *                              installed (one line saying what to do)
     */
    public static SparkLaunch prepare(Path runFile, String master, Path out, Function<String, String> environment)
            throws SparkLaunchException {
        Optional<String> problem = SparkMaster.problem(master);
        if (problem.isPresent()) {
            throw new SparkLaunchException(problem.get());
        }
        SparkJobFolder job = SparkJobFolder.find(environment).orElseThrow(() -> new SparkLaunchException("the Spark"
                + " job is not installed (it is not part of the desktop product): build it with ./mvnw -pl"
                + " target-platform,spark/dev.lamina.spark -am package in a Lamina source tree, or set "
                + SparkJobFolder.ENVIRONMENT + " to its folder (spark/dev.lamina.spark/target/job)"));
        if (!Files.isRegularFile(runFile)) {
            throw new SparkLaunchException(runFile + ": file not found");
        }
        List<String> jobArguments = new ArrayList<>(List.of(runFile.toAbsolutePath().toString()));
        if (out != null) {
            jobArguments.addAll(List.of("--out", out.toAbsolutePath().toString()));
        }
        try {
            if (SparkMaster.isLocal(master)) {
                return new SparkLaunch(childJvm(job, master, jobArguments), true, true, null);
            }
            Path submit = sparkSubmit(environment);
            return new SparkLaunch(sparkSubmit(job, submit, master, jobArguments), false, Files.isExecutable(submit),
                    environment.apply("SPARK_HOME"));
        } catch (IOException e) {
            throw new SparkLaunchException(job.folder().resolve("jvm.options") + ": cannot read (" + e.getMessage()
                    + ")");
        }
    }

    /** Whether the job runs in a child JVM of this machine ({@code local[N]}) rather than through spark-submit. */
    public boolean local() {
        return local;
    }

    /** Whether the command can run here: always for a local master, when spark-submit was found otherwise. */
    public boolean runnable() {
        return submitFound;
    }

    public List<String> command() {
        return command;
    }

    /** The command as one line a user can paste into a shell. */
    public String commandLine() {
        return command.stream().map(a -> a.isEmpty() || a.matches(".*[\\s\"'*\\[\\]$;&|<>()].*") ? "'" + a.replace(
                "'", "'\\''") + "'" : a).collect(Collectors.joining(" "));
    }

    /**
     * Runs the command, handing each line it prints (output and errors) to {@code lines}, and returns its exit
     * status: 0 when the run ended normally, 1 when training failed, 2 for bad input.
     */
    public int run(Consumer<String> lines) throws SparkLaunchException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Spark asks Hadoop for the user unless SPARK_USER is set, and Hadoop 3.3 cannot ask Java 23+ (getSubject)
        builder.environment().putIfAbsent("SPARK_USER", System.getProperty("user.name", "lamina"));
        if (local) {
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        }
        if (sparkHome != null && !sparkHome.isBlank()) {
            builder.environment().put("SPARK_HOME", sparkHome);
        }
        // spark-submit starts the driver on $JAVA_HOME; the job's classes need this Java (21 or newer)
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        synchronized (this) {
            if (cancelled) {
                throw new SparkLaunchException("cancelled before the Spark job started");
            }
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new SparkLaunchException("cannot start " + command.get(0) + " (" + e.getMessage() + ")");
            }
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.accept(line);
            }
            return process.waitFor();
        } catch (IOException e) {
            stop();
            throw new SparkLaunchException("lost the Spark job's output (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new SparkLaunchException("interrupted; the Spark job was stopped");
        }
    }

    /** Stops the job (its JVM and what it started); the run folder keeps its last checkpoint. */
    public void cancel() {
        synchronized (this) {
            cancelled = true;
        }
        stop();
    }

    private void stop() {
        Process p = process;
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
    }

    private static List<String> childJvm(SparkJobFolder job, String master, List<String> jobArguments)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(job.jvmOptions());
        command.add("-cp");
        command.add(job.folder().resolve("lib").toAbsolutePath() + "/*");
        command.add(SparkJobFolder.MAIN_CLASS);
        command.addAll(jobArguments);
        command.addAll(List.of("--master", master));
        return command;
    }

    /**
     * Spark's own distribution provides Spark, Scala and Hadoop; the job adds the rest of its class path with
     * {@code --jars}, and its JVM options to the driver and the executors. The jars are {@code local:} URIs: every
     * node finds them under the same path (the job folder is on the shared file system, as the run file and data
     * are), nothing is copied to the executors, and spark-submit does not ask Hadoop's file system to resolve them,
     * which fails on Java 23+ ({@code Subject.getSubject}).
     */
    private static List<String> sparkSubmit(SparkJobFolder job, Path submit, String master,
            List<String> jobArguments) throws IOException {
        Path jobJar = job.jobJar().orElseThrow();
        String jars = job.jars().stream().filter(jar -> !jar.equals(jobJar))
                .filter(jar -> !providedBySpark(jar.getFileName().toString())).map(jar -> "local:" + jar.toAbsolutePath())
                .collect(Collectors.joining(","));
        List<String> command = new ArrayList<>(List.of(submit.toString(), "--master", master, "--class",
                SparkJobFolder.MAIN_CLASS, "--driver-java-options", String.join(" ", job.jvmOptions()), "--conf",
                "spark.executor.extraJavaOptions=" + String.join(" ", job.executorOptions()), "--jars", jars,
                jobJar.toString()));
        command.addAll(jobArguments);
        return command;
    }

    private static Path sparkSubmit(Function<String, String> environment) {
        String sparkHome = environment.apply("SPARK_HOME");
        if (sparkHome != null && !sparkHome.isBlank()) {
            return Path.of(sparkHome, "bin", "spark-submit");
        }
        String path = environment.apply("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, "spark-submit");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return Path.of("spark-submit");
    }

    private static boolean providedBySpark(String jar) {
        return jar.startsWith("spark-") || jar.startsWith("scala-") || jar.startsWith("hadoop-client-");
    }
}
