// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.lamina.engine.spark.SparkJobFolder;

/**
 * A Spark standalone cluster on 127.0.0.1 made of the job artifact's own Spark jars: a folder laid out as a Spark
 * home ({@code jars/} = the job's {@code lib/}, {@code bin/spark-submit} doing what Spark's {@code bin/spark-class}
 * does: Spark's launcher prints the driver's command line, the script runs it), one master and one worker with one
 * core. The worker starts its executors on {@code executorJava}: Spark 3.5's executors cannot start on Java 23+
 * (Hadoop 3.3's {@code UserGroupInformation} asks {@code Subject.getSubject}), so they run Java 17 to 22.
 */
final class StandaloneSparkCluster implements AutoCloseable {

    private final Path home;
    private final Path work;
    private final int port;
    private final int webPort;
    private final List<Process> processes = new ArrayList<>();

    private StandaloneSparkCluster(Path home, Path work) throws IOException {
        this.home = home;
        this.work = work;
        this.port = freePort();
        this.webPort = freePort();
    }

    /** Starts a master and a worker in {@code dir}; waits until the worker has registered (at most 150 s). */
    static StandaloneSparkCluster start(SparkJobFolder job, Path executorJava, Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.createSymbolicLink(home.resolve("jars"), job.folder().resolve("lib").toAbsolutePath());
        Path submit = Files.createDirectories(home.resolve("bin")).resolve("spark-submit");
        Files.writeString(submit, """
                #!/usr/bin/env bash
                # what Spark's bin/spark-class does: Spark's launcher prints the command (NUL-separated), this runs it
                export SPARK_SCALA_VERSION=2.12
                cmd=()
                while IFS= read -d '' -r arg; do
                  arg=${arg#$'\\n'}
                  [ ${#cmd[@]} -eq 0 ] && [ -z "$arg" ] || cmd+=("$arg")
                done < <("$JAVA_HOME/bin/java" -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main \\
                    org.apache.spark.deploy.SparkSubmit "$@")
                exec "${cmd[@]}"
                """);
        Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
        StandaloneSparkCluster cluster = new StandaloneSparkCluster(home, Files.createDirectories(dir.resolve(
                "work")));
        try {
            cluster.daemon(job, null, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                    Integer.toString(cluster.port), "--webui-port", Integer.toString(cluster.webPort));
            cluster.daemon(job, executorJava, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "1536m", "--webui-port", "0", "--work-dir", cluster.work.toString(),
                    cluster.masterUrl());
            cluster.awaitWorker(Duration.ofSeconds(150));
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + port;
    }

    /** The Spark home whose {@code bin/spark-submit} submits to this cluster. */
    Path home() {
        return home;
    }

    /** The executors' log folders ({@code work/app-*}/{@code N}), one per executor the worker started. */
    List<Path> executorFolders() throws IOException {
        try (Stream<Path> apps = Files.list(work)) {
            List<Path> folders = new ArrayList<>();
            for (Path app : apps.toList()) {
                try (Stream<Path> executors = Files.list(app)) {
                    folders.addAll(executors.toList());
                }
            }
            return folders;
        }
    }

    private void daemon(SparkJobFolder job, Path executorJava, String mainClass, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(job.jvmOptions());
        command.addAll(List.of("-Xmx256m", "-cp", home.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(arguments));
        String name = mainClass.substring(mainClass.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolveSibling(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.12");
        builder.environment().put("SPARK_USER", System.getProperty("user.name", "lamina"));
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        if (executorJava != null) {
            builder.environment().put("JAVA_HOME", executorJava.toString()); // the worker starts executors on it
        }
        processes.add(builder.start());
    }

    private void awaitWorker(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a Spark daemon ended with status " + p.exitValue() + "; see "
                            + work.getParent());
                }
            }
            try {
                last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/json/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (last.replace(" ", "").contains("\"aliveworkers\":1")) {
                    return;
                }
            } catch (IOException e) {
                // the master is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no worker registered with the Spark master within " + timeout + ": " + last
                + "\nmaster: " + tail("master.log") + "\nworker: " + tail("worker.log"));
    }

    private String tail(String log) {
        try {
            List<String> lines = Files.readAllLines(work.resolveSibling(log));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Stops the worker (and the executors it started) and the master. */
    @Override
    public void close() {
        for (Process p : processes.reversed()) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A Java 17 to 22 runtime for the executors: {@code LAMINA_SPARK_EXECUTOR_JAVA}, else one in /usr/lib/jvm. */
    static Optional<Path> executorJava() throws IOException {
        String named = System.getenv("LAMINA_SPARK_EXECUTOR_JAVA");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.sorted().filter(h -> Files.isExecutable(h.resolve("bin/java")))
                    .filter(h -> feature(h).filter(v -> v >= 17 && v <= 22).isPresent()).findFirst();
        }
    }

    private static Optional<Integer> feature(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Optional.of(Integer.parseInt(version.split("[.+-]")[0]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not a Java home
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
