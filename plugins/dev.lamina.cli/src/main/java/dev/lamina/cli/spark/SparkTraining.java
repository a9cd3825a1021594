// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.spark;

import java.nio.file.Path;
import java.util.function.Function;

import dev.lamina.cli.CommandException;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.engine.spark.SparkLaunch;
import dev.lamina.engine.spark.SparkLaunchException;

/**
 * {@code lamina train RUN.json --spark MASTER} (or a run file whose {@code spark.master} is set): prints the command
 * the engine's {@link SparkLaunch} starts (a child JVM for {@code local[N]}, {@code spark-submit} otherwise) and the
 * job's lines. The workbench starts the same {@link SparkLaunch}.
 */
public final class SparkTraining {

    private SparkTraining() {
    }

    /** Trains {@code runFile} on {@code master}; the exit status of the job (0 when the run ended normally). */
    public static int run(Path runFile, String master, Path out, Function<String, String> environment,
            Console console) {
        SparkLaunch launch;
        try {
            launch = SparkLaunch.prepare(runFile, master, out, environment);
        } catch (SparkLaunchException e) {
            throw new CommandException("train --spark: " + e.getMessage());
        }
        console.out().println((launch.local() ? "Spark job: " : "spark-submit: ") + launch.commandLine());
        if (!launch.runnable()) {
            console.out().println("spark-submit was not found (PATH, $SPARK_HOME/bin): run the line above on a"
                    + " machine of the cluster, with the run file and its data on a shared file system");
            return ExitCode.FAILURE;
        }
        try {
            return launch.run(console.out()::println);
        } catch (SparkLaunchException e) {
            throw new CommandException("train --spark: " + e.getMessage());
        }
    }
}
