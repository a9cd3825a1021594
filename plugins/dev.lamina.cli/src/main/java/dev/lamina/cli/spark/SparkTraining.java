// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.lamina.cli.CommandException;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;

/**
 * {@code lamina train RUN.json --spark MASTER}: a {@code local[N]} master trains in a child JVM on the job's class path
 * (the desktop product carries no Spark); any other master ({@code spark://host:7077}, {@code yarn}, ...) gets its
 * {@code spark-submit} command line printed, and run when {@code spark-submit} is on the PATH or in
 * {@code $SPARK_HOME/bin}.
 */
public final class SparkTraining {

    private SparkTraining() {
    }

    /** Trains {@code runFile} on {@code master}; the exit status of the job (0 when the run ended normally). */
    public static int run(Path runFile, String master, Path out, Console console) {
        SparkJobFolder job = SparkJobFolder.find().orElseThrow(() -> new CommandException("train --spark: the Spark"
                + " job is not installed (it is not part of the desktop product): build it with ./mvnw -pl target-platform,"
                + "spark/dev.lamina.spark -am package in a Lamina source tree, or set " + SparkJobFolder.ENVIRONMENT
                + " to its folder (spark/dev.lamina.spark/target/job)"));
        if (!Files.isRegularFile(runFile)) {
            throw new CommandException(runFile + ": file not found");
        }
        List<String> jobArguments = new ArrayList<>(List.of(runFile.toAbsolutePath().toString()));
        if (out != null) {
            jobArguments.addAll(List.of("--out", out.toAbsolutePath().toString()));
        }
        List<String> options;
        try {
            options = job.jvmOptions();
        } catch (IOException e) {
            throw new CommandException(job.folder().resolve("jvm.options") + ": cannot read (" + e.getMessage() + ")");
        }
        boolean local = master.equals("local") || master.startsWith("local[");
        List<String> command = local ? childJvm(job, options, master, jobArguments)
                : sparkSubmit(job, options, master, jobArguments);
        console.out().println((local ? "Spark job: " : "spark-submit: ") + String.join(" ", quoted(command)));
        if (!local && !Files.isExecutable(Path.of(command.get(0)))) {
            console.out().println("spark-submit was not found (PATH, $SPARK_HOME/bin): run the line above on a"
                    + " machine of the cluster, with the run file and its data on a shared file system");
            return ExitCode.FAILURE;
        }
        return start(command, local, console);
    }

    private static List<String> childJvm(SparkJobFolder job, List<String> options, String master,
            List<String> jobArguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(job.folder().resolve("lib").toAbsolutePath() + "/*");
        command.add(SparkJobFolder.MAIN_CLASS);
        command.addAll(jobArguments);
        command.addAll(List.of("--master", master));
        return command;
    }

    /**
     * Spark's own distribution provides Spark, Scala and Hadoop; the job adds the rest of its class path with
     * {@code --jars}, and its JVM options to the driver and the executors.
     */
    private static List<String> sparkSubmit(SparkJobFolder job, List<String> options, String master,
            List<String> jobArguments) {
        String sparkHome = System.getenv("SPARK_HOME");
        Path submit = sparkHome != null ? Path.of(sparkHome, "bin", "spark-submit") : onPath("spark-submit")
                .orElse(Path.of("spark-submit"));
        Path jobJar = job.jobJar().orElseThrow();
        String jars = job.jars().stream().filter(jar -> !jar.equals(jobJar))
                .filter(jar -> !providedBySpark(jar.getFileName().toString())).map(Path::toString)
                .collect(Collectors.joining(","));
        String javaOptions = String.join(" ", options);
        List<String> command = new ArrayList<>(List.of(submit.toString(), "--master", master, "--class",
                SparkJobFolder.MAIN_CLASS, "--driver-java-options", javaOptions, "--conf",
                "spark.executor.extraJavaOptions=" + javaOptions, "--jars", jars, jobJar.toString()));
        command.addAll(jobArguments);
        return command;
    }

    private static boolean providedBySpark(String jar) {
        return jar.startsWith("spark-") || jar.startsWith("scala-") || jar.startsWith("hadoop-client-");
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int start(List<String> command, boolean local, Console console) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Spark asks Hadoop for the user unless SPARK_USER is set, and Hadoop 3.3 cannot ask Java 23+ (getSubject)
        builder.environment().putIfAbsent("SPARK_USER", System.getProperty("user.name", "lamina"));
        if (local) {
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new CommandException("train --spark: cannot start " + command.get(0) + " (" + e.getMessage() + ")");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                console.out().println(line);
            }
            return process.waitFor();
        } catch (IOException e) {
            process.destroy();
            throw new CommandException("train --spark: lost the job's output (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new CommandException("train --spark: interrupted; the job was stopped");
        }
    }

    private static List<String> quoted(List<String> command) {
        return command.stream().map(a -> a.isEmpty() || a.matches(".*[\\s\"'*\\[\\]$].*") ? "'" + a + "'" : a)
                .toList();
    }
}
