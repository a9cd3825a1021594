// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Spark job artifact, {@code spark/dev.lamina.spark/target/job} of a build: {@code lib/} (the job jar and its
 * class path) and {@code jvm.options}. It is not in the desktop product (Spark and its dependencies would more than
 * double it); {@code lamina train --spark} and the workbench find it through {@code LAMINA_SPARK_JOB}, else in the source
 * tree the product or the current folder lies in.
 */
public record SparkJobFolder(Path folder) {

    /** The environment variable naming the job folder. */
    public static final String ENVIRONMENT = "LAMINA_SPARK_JOB";
    /** Where a build puts the job, relative to the source tree's root. */
    public static final Path IN_BUILD_TREE = Path.of("spark", "dev.lamina.spark", "target", "job");
    /** The job's main class. */
    public static final String MAIN_CLASS = "dev.lamina.spark.SparkJob";

    /** The job folder named by {@code LAMINA_SPARK_JOB}, or the first build tree above the product or the cwd. */
    public static Optional<SparkJobFolder> find() {
        return find(System::getenv);
    }

    /** {@link #find()} reading {@code LAMINA_SPARK_JOB} from {@code environment}. */
    public static Optional<SparkJobFolder> find(java.util.function.Function<String, String> environment) {
        String named = environment.apply(ENVIRONMENT);
        if (named != null && !named.isBlank()) {
            return Optional.of(new SparkJobFolder(Path.of(named))).filter(SparkJobFolder::isComplete);
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        String home = System.getProperty("eclipse.home.location");
        if (home != null && home.startsWith("file:")) {
            try {
                starts.add(Path.of(URI.create(home.replace(" ", "%20"))));
            } catch (IllegalArgumentException e) {
                // not a path: only the other places are searched
            }
        }
        starts.add(Path.of(System.getProperty("java.home")));
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                SparkJobFolder candidate = new SparkJobFolder(dir.resolve(IN_BUILD_TREE));
                if (candidate.isComplete()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the folder holds the job jar. */
    public boolean isComplete() {
        return jobJar().isPresent() && Files.isRegularFile(folder.resolve("jvm.options"));
    }

    /** {@code lib/dev.lamina.spark-*.jar}. */
    public Optional<Path> jobJar() {
        return jars().stream().filter(jar -> jar.getFileName().toString().startsWith("dev.lamina.spark-")).findFirst();
    }

    /** Every jar of the job's class path, sorted by name. */
    public List<Path> jars() {
        Path lib = folder.resolve("lib");
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The JVM options the job needs (ND4J's native access, Spark's module opens, the Aeron timeout). */
    public List<String> jvmOptions() throws IOException {
        return List.of(Files.readString(folder.resolve("jvm.options")).trim().split("\\s+"));
    }

    /**
     * The options for executors: the job's JVM options without those older Java runtimes refuse
     * ({@code --sun-misc-unsafe-memory-access} came with Java 23). A standalone cluster's executors may run an older
     * Java than the driver: Spark 3.5's executors cannot start on Java 23+ (Hadoop 3.3 asks
     * {@code Subject.getSubject}, see docs/spark.md), so they run Java 17 to 22.
     */
    public List<String> executorOptions() throws IOException {
        return jvmOptions().stream().filter(o -> !o.startsWith("--sun-misc-unsafe-memory-access")).toList();
    }
}
