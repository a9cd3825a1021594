// SPDX-License-Identifier: EPL-2.0
package dev.lamina.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.spark.api.java.JavaSparkContext;

import dev.lamina.data.DataException;
import dev.lamina.engine.run.NewRun;
import dev.lamina.engine.run.RunPreparationException;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunListeners;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * The Spark job: {@code SparkJob RUN.json [--master URL] [--out DIR]}, run by {@code spark-submit --class
 * dev.lamina.spark.SparkJob} or by {@code lamina train RUN.json --spark MASTER}. It prepares the run as {@code lamina
 * train} does ({@link NewRun}: the same run folder, files and {@code model.zip}), trains it with {@link SparkTrainer}
 * and prints one line per epoch. Exit status 0 when the run ended normally, 1 when training failed, 2 for bad input
 * (one line naming the file and problem).
 */
public final class SparkJob {

    private static final String USAGE = "usage: SparkJob RUN.json [--master URL] [--out DIR]";

    private SparkJob() {
    }

    /** What a job left: the run folder and how training ended. */
    public record Outcome(Path folder, RunResult result) {
    }

    public static void main(String[] args) {
        Path runFile = null;
        String master = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--master" -> master = value(args, ++i);
                case "--out" -> out = Path.of(value(args, ++i));
                default -> {
                    if (args[i].startsWith("--") || runFile != null) {
                        fail(2, USAGE + " (unexpected '" + args[i] + "')");
                    }
                    runFile = Path.of(args[i]);
                }
            }
        }
        if (runFile == null) {
            fail(2, USAGE);
        }
        Outcome outcome;
        try {
            outcome = run(runFile, master, out, System.out);
        } catch (BadInputException e) {
            fail(2, "lamina spark: " + e.getMessage());
            return;
        }
        System.exit(outcome.result().outcome().failed() ? 1 : 0);
    }

    /**
     * Prepares and trains {@code runFile} on {@code master} ({@code null}: the master {@code spark-submit} set),
     * printing to {@code console}; the run folder is {@code out}, or a new folder in {@code runs/} beside the run file.
     *
     * @throws BadInputException when the run file, its model or its data cannot be used (one line)
     */
    public static Outcome run(Path runFile, String master, Path out, PrintStream console) {
        NewRun run;
        try {
            RunConfig config = RunFile.load(runFile);
            run = NewRun.create(config, NewRun.runsHome(runFile), out);
        } catch (DataException | RunPreparationException | IOException e) {
            throw new BadInputException(e.getMessage());
        }
        console.println(run.description() + " on Spark (" + run.run().config().sparkOrDefaults().mode().jsonName()
                + ")");
        console.println("Run folder: " + run.folder().folder());
        try (JavaSparkContext context = SparkContexts.open(master, "lamina " + runFile.getFileName())) {
            RunResult result = new SparkTrainer(context).train(run.run(), run.folder(),
                    RunListeners.inOrder(run.folder(), printer(console)));
            console.println(result.outcome() + ": " + result.message());
            return new Outcome(run.folder().folder(), result);
        } catch (RuntimeException | Error e) {
            run.folder().failed(e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        }
    }

    /** Keras-like epoch lines, as {@code lamina train} prints them. */
    private static RunListener printer(PrintStream console) {
        return new RunListener() {
            @Override
            public void epochEnded(EpochReport report) {
                EpochMetrics m = report.metrics();
                console.println(String.format(Locale.ROOT, "Epoch %d/%d - %.1fs - %.0f samples/s - loss: %.4f -"
                        + " accuracy: %.4f%s", m.epoch(), report.epochs(), m.seconds(), report.samplesPerSecond(),
                        m.loss(), m.accuracy(), Double.isNaN(m.valLoss()) ? ""
                                : String.format(Locale.ROOT, " - val_loss: %.4f - val_accuracy: %.4f", m.valLoss(),
                                        m.valAccuracy())));
            }

            @Override
            public void message(String line) {
                console.println(line);
            }
        };
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail(2, USAGE + " (" + args[i - 1] + " needs a value)");
        }
        return args[i];
    }

    private static void fail(int status, String message) {
        System.err.println(message);
        System.exit(status);
    }

    /** A run file, model or data set that cannot be used; its message is one line naming the file. */
    public static final class BadInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInputException(String message) {
            super(message);
        }
    }
}
