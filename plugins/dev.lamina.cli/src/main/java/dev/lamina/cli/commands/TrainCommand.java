// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.lamina.cli.Arguments;
import dev.lamina.cli.Command;
import dev.lamina.cli.CommandException;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.cli.UsageException;
import dev.lamina.cli.spark.SparkTraining;
import dev.lamina.core.layer.Dense;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.engine.run.NewRun;
import dev.lamina.engine.run.ResumedRun;
import dev.lamina.engine.run.RunFolder;
import dev.lamina.engine.run.RunPreparationException;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.coach.Coach;
import dev.lamina.run.coach.Hint;
import dev.lamina.run.config.Backend;
import dev.lamina.run.config.DataSource;
import dev.lamina.run.config.FilePath;
import dev.lamina.run.config.KerasLosses;
import dev.lamina.run.config.Optimizer;
import dev.lamina.run.config.OptimizerKind;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.SparkSettings;
import dev.lamina.run.config.StopCondition;
import dev.lamina.run.config.TrainingMetric;
import dev.lamina.run.config.Validation;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.RunLayout;

/**
 * {@code lamina train}: from a run file, from flags, or resuming a run folder. Prints Keras-like epoch lines and
 * writes the run folder.
 */
public final class TrainCommand implements Command {

    private static final String SYNOPSIS = "RUN.json [--out DIR | --runs DIR] [--spark MASTER] | --model M.lamina --data DIR"
            + " [--validation DIR | --validation-split F] [--epochs N] [--batch B] [--optimizer adam|rmsprop|sgd|adagrad] [--lr X]"
            + " [--rescale R] [--stop-at accuracy=0.998] [--out DIR] | --resume RUNDIR; [--backend auto|cpu|cuda]"
            + " [--device N] (default: LAMINA_BACKEND, else the run file's); [--events]";

    /** {@code --events}: the run's events as lines on the output, a stop asked on the input (the workbench's way). */
    private static final Set<String> FLAGS = Set.of("--events");

    private static final Set<String> OPTIONS = Set.of("--model", "--data", "--validation", "--validation-split",
            "--epochs", "--batch", "--optimizer", "--lr", "--rescale", "--stop-at", "--out", "--resume", "--seed",
            "--backend", "--device", "--spark", "--runs");

    /** The environment variable that chooses the back end of every {@code lamina train} unless {@code --backend}. */
    public static final String BACKEND_VARIABLE = "LAMINA_BACKEND";

    private final Function<String, String> environment;

    public TrainCommand() {
        this(System::getenv);
    }

    /** A train command that reads {@link #BACKEND_VARIABLE} from {@code environment} (tests pass a map's get). */
    public TrainCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "train a model; writes runs/<name>/ (metrics.csv, model.zip, checkpoint.zip, log.txt)";
    }

    @Override
    public int run(List<String> args, Console console) {
        Arguments arguments = Arguments.parse(name(), args, FLAGS, OPTIONS).expect(0, 1, SYNOPSIS);
        boolean events = arguments.flag("--events");
        if (arguments.option("--resume").isPresent()) {
            if (arguments.option("--backend").isPresent() || arguments.option("--device").isPresent()) {
                throw new UsageException("train: --resume trains on the back end its run folder's run.json names");
            }
            return resume(Path.of(arguments.option("--resume").get()), events, console);
        }
        if (arguments.option("--spark").isPresent()) {
            if (arguments.positionals().size() != 1) {
                throw new UsageException("train: --spark trains a run file: lamina train RUN.json --spark MASTER");
            }
            return SparkTraining.run(arguments.path(0), arguments.option("--spark").get(),
                    arguments.option("--out").map(Path::of).orElse(null), environment, console);
        }
        RunConfig config;
        Path runsHome;
        if (arguments.positionals().size() == 1) {
            Path file = arguments.path(0);
            config = RunFile.load(file);
            runsHome = arguments.option("--runs").map(Path::of).map(Path::toAbsolutePath)
                    .orElse(NewRun.runsHome(file));
            Optional<String> master = config.spark().flatMap(SparkSettings::masterUrl);
            if (master.isPresent()) { // the run file says "Spark cluster" (the Device page's choice)
                return SparkTraining.run(file, master.get(), arguments.option("--out").map(Path::of).orElse(null),
                        environment, console);
            }
        } else if (arguments.option("--model").isPresent() && arguments.option("--data").isPresent()) {
            config = fromFlags(arguments);
            runsHome = Path.of(arguments.option("--runs").orElse("runs")).toAbsolutePath();
        } else {
            throw new UsageException("train: give a run file, or --model and --data, or --resume");
        }
        config = withBackend(config, arguments);
        Path out = arguments.option("--out").map(Path::of).orElse(null);
        NewRun run;
        try {
            run = NewRun.create(config, runsHome, out);
        } catch (RunPreparationException | IOException | UncheckedIOException e) {
            throw new CommandException(e.getMessage());
        }
        RunFolder folder = run.folder();
        Trainer trainer = new Trainer();
        if (events) {
            return TrainingEvents.train(run.description(), folder.folder(), trainer, console,
                    listener -> withCancelOnInterrupt(trainer, () -> run.train(trainer, listener)));
        }
        console.out().println(run.description());
        console.out().println("Run folder: " + folder.folder());
        EpochPrinter printer = new EpochPrinter(console);
        RunResult result = withCancelOnInterrupt(trainer, () -> run.train(trainer, printer));
        return report(result, folder, printer, console);
    }

    /** {@code --backend}, else {@code LAMINA_BACKEND}, else the run file's; {@code --device} over the file's. */
    private RunConfig withBackend(RunConfig config, Arguments arguments) {
        return config.withBackend(backend(arguments, environment, config.backend()))
                .withDevice(device(arguments, config.device()));
    }

    private static Backend backend(Arguments arguments, Function<String, String> environment, Backend fromFile) {
        Optional<String> flag = arguments.option("--backend");
        String variable = environment.apply(BACKEND_VARIABLE);
        if (flag.isPresent()) {
            return Backend.fromJsonName(flag.get()).orElseThrow(() -> new UsageException("train: --backend must be"
                    + " one of " + String.join(", ", Backend.jsonNames()) + ", got '" + flag.get() + "'"));
        }
        if (variable != null && !variable.isBlank()) {
            return Backend.fromJsonName(variable.strip()).orElseThrow(() -> new UsageException(BACKEND_VARIABLE
                    + " must be one of " + String.join(", ", Backend.jsonNames()) + ", got '" + variable + "'"));
        }
        return fromFile;
    }

    private static int device(Arguments arguments, int fromFile) {
        if (arguments.option("--device").isEmpty()) {
            return fromFile;
        }
        int device = integer(arguments, "--device", 0);
        if (device < 0) {
            throw new UsageException("train: --device must be 0 or more (0 = the first GPU), got " + device);
        }
        return device;
    }

    /**
     * The back end and GPU that {@code lamina ARGS} asks for, without running it: for {@code train}, its flags,
     * {@code LAMINA_BACKEND}, then the run file's (or the resumed run's) settings; for anything else
     * {@code LAMINA_BACKEND} or {@code auto}, GPU 0. The launcher of a CUDA build asks this before the JVM that runs
     * the command starts, because ND4J chooses its back end once per process.
     *
     * @throws RuntimeException when the command line or run file does not read (the command itself then says why)
     */
    public static RunChoice choice(List<String> args, Function<String, String> environment) {
        if (args.isEmpty() || !args.get(0).equals("train")) {
            Arguments none = Arguments.parse("train", List.of(), FLAGS, OPTIONS);
            return new RunChoice(backend(none, environment, Backend.AUTO), 0);
        }
        Arguments arguments = Arguments.parse("train", args.subList(1, args.size()), FLAGS, OPTIONS);
        Backend fromFile = Backend.AUTO;
        int deviceFromFile = 0;
        Optional<Path> runFile = arguments.option("--resume").map(dir -> Path.of(dir).resolve(RunLayout.RUN));
        if (runFile.isEmpty() && arguments.positionals().size() == 1) {
            runFile = Optional.of(arguments.path(0));
        }
        if (runFile.isPresent()) {
            RunConfig config = RunFile.load(runFile.get());
            fromFile = config.backend();
            deviceFromFile = config.device();
        }
        if (arguments.option("--resume").isPresent()) {
            return new RunChoice(fromFile, deviceFromFile);
        }
        return new RunChoice(backend(arguments, environment, fromFile), device(arguments, deviceFromFile));
    }

    /** What a command line asks for: {@code backend} on GPU {@code device}. */
    public record RunChoice(Backend backend, int device) {
    }

    private static int resume(Path runFolder, boolean events, Console console) {
        ResumedRun resumed;
        try {
            resumed = ResumedRun.open(runFolder);
        } catch (RunPreparationException e) {
            throw new CommandException(e.getMessage());
        }
        RunFolder folder = resumed.folder();
        Trainer trainer = new Trainer();
        if (events) {
            return TrainingEvents.train(resumed.description(), folder.folder(), trainer, console,
                    listener -> withCancelOnInterrupt(trainer, () -> resumed.train(trainer, listener)));
        }
        console.out().println(resumed.description());
        EpochPrinter printer = new EpochPrinter(console);
        RunResult result = withCancelOnInterrupt(trainer,
                () -> resumed.train(trainer, printer));
        return report(result, folder, printer, console);
    }

    private static int report(RunResult result, RunFolder folder, EpochPrinter printer, Console console) {
        if (result.outcome().failed()) {
            throw new CommandException(result.message());
        }
        try {
            for (Hint hint : Coach.hints(folder.folder(), printer.classes(), result.outcome())) {
                console.out().println("Coach: " + hint.text());
            }
        } catch (RuntimeException e) {
            console.err().println("Coach: no hints (" + e.getMessage() + ")");
        }
        if (result.outcome() == RunResult.Outcome.CANCELLED) {
            console.err().println(result.message());
            return ExitCode.FAILURE;
        }
        console.out().println("Saved " + folder.folder().resolve(RunLayout.TRAINED_MODEL));
        return ExitCode.OK;
    }

    /** Ctrl-C cancels the run before its next batch, so the run folder is left consistent. */
    private static RunResult withCancelOnInterrupt(Trainer trainer, java.util.function.Supplier<RunResult> training) {
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            trainer.cancel();
            try {
                main.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lamina-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return training.get();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for us
            }
        }
    }

    private static RunConfig fromFlags(Arguments arguments) {
        Path here = Path.of("").toAbsolutePath();
        FilePath modelPath = FilePath.parse(arguments.option("--model").get(), here);
        Model model;
        try {
            model = ModelFile.load(modelPath.resolved());
        } catch (ModelLoadException e) {
            throw new CommandException(e.getMessage());
        }
        if (model.size() == 0 || !(model.layer(model.size() - 1) instanceof Dense output)) {
            throw new CommandException(modelPath.resolved() + ": the model must end with a Dense output layer");
        }
        RunConfig config = RunConfig.defaults(modelPath,
                new DataSource.Folder(FilePath.parse(arguments.option("--data").get(), here)),
                KerasLosses.defaultFor(output.activation(), output.units()), integer(arguments, "--epochs", 10));
        Optional<String> validation = arguments.option("--validation");
        Optional<String> split = arguments.option("--validation-split");
        if (validation.isPresent() && split.isPresent()) {
            throw new UsageException("train: give --validation or --validation-split, not both");
        }
        if (validation.isPresent()) {
            config = config.withValidation(new Validation.Separate(
                    new DataSource.Folder(FilePath.parse(validation.get(), here))));
        }
        if (split.isPresent()) {
            config = config.withValidation(new Validation.Split(number(arguments, "--validation-split")));
        }
        config = config.withBatchSize(integer(arguments, "--batch", RunConfig.DEFAULT_BATCH_SIZE));
        config = config.withSeed(integer(arguments, "--seed", 0));
        OptimizerKind kind = OptimizerKind.fromJsonName(arguments.option("--optimizer").orElse("adam"))
                .orElseThrow(() -> new UsageException("train: --optimizer must be one of "
                        + OptimizerKind.jsonNames()));
        double rate = arguments.option("--lr").isPresent() ? number(arguments, "--lr") : kind.defaultLearningRate();
        try {
            config = config.withOptimizer(new Optimizer(kind, rate, 0));
            if (arguments.option("--rescale").isPresent()) {
                config = config.withPreprocessing(config.preprocessing().withRescale(rescale(arguments)));
            }
            if (arguments.option("--stop-at").isPresent()) {
                config = config.withStop(stopAt(arguments.option("--stop-at").get()));
            }
            return config;
        } catch (IllegalArgumentException e) {
            throw new UsageException("train: " + e.getMessage());
        }
    }

    private static double rescale(Arguments arguments) {
        String text = arguments.option("--rescale").get();
        int slash = text.indexOf('/');
        try {
            return slash < 0 ? Double.parseDouble(text)
                    : Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new UsageException("train: --rescale expects a number such as 1/255, got '" + text + "'");
        }
    }

    /** {@code accuracy=0.998} (above) or {@code loss<0.1} / {@code val_loss=0.1} (below for losses). */
    static StopCondition stopAt(String text) {
        String[] parts = text.split("[=<>]", 2);
        if (parts.length != 2) {
            throw new UsageException("train: --stop-at expects METRIC=VALUE, e.g. accuracy=0.998, got '" + text + "'");
        }
        TrainingMetric metric = TrainingMetric.fromJsonName(parts[0].trim()).orElseThrow(() -> new UsageException(
                "train: --stop-at: unknown metric '" + parts[0] + "'; expected loss, accuracy, val_loss, val_accuracy"));
        double threshold;
        try {
            threshold = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new UsageException("train: --stop-at: '" + parts[1] + "' is not a number");
        }
        boolean above = metric.higherIsBetter();
        String message = metric == TrainingMetric.ACCURACY
                ? "Reached " + percent(threshold) + " accuracy so cancelling training!"
                : null;
        return new StopCondition(metric, above, threshold, message);
    }

    private static String percent(double fraction) {
        return new java.math.BigDecimal(Double.toString(fraction * 100)).stripTrailingZeros().toPlainString() + "%";
    }

    private static int integer(Arguments arguments, String option, int fallback) {
        Optional<String> text = arguments.option(option);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw new UsageException("train: " + option + " expects a whole number, got '" + text.get() + "'");
        }
    }

    private static double number(Arguments arguments, String option) {
        String text = arguments.option(option).get();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException("train: " + option + " expects a number, got '" + text + "'");
        }
    }
}
