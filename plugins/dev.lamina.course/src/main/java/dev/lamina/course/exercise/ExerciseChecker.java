// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.lamina.core.layer.Dense;
import dev.lamina.core.layer.InputLayer;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.Problem;
import dev.lamina.core.shape.Severity;
import dev.lamina.core.shape.ShapeInference;
import dev.lamina.data.DataException;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;

/**
 * Checks a learner's model and run against an exercise's rules. The CLI's {@code lamina exercise check} and the
 * workbench call this same code.
 */
public final class ExerciseChecker {

    /** The model document an exercise folder holds. */
    public static final String MODEL_DOCUMENT = "model.lamina";

    private ExerciseChecker() {
    }

    /**
     * Checks {@code exerciseDir/model.lamina} against {@code exerciseDir/exercise.json} and, when {@code run} is
     * not {@code null}, the run's {@code metrics.csv} (a run folder or the file itself).
     *
     * @throws DataException when exercise.json is missing or invalid
     */
    public static ExerciseReport check(Path exerciseDir, Path run) {
        ExerciseRules rules = ExerciseFile.load(exerciseDir.resolve(ExerciseFile.NAME));
        return check(rules, exerciseDir.resolve(MODEL_DOCUMENT), run);
    }

    /** Checks the model in {@code modelFile} and, when {@code run} is not {@code null}, the run. */
    public static ExerciseReport check(ExerciseRules rules, Path modelFile, Path run) {
        List<CheckResult> results = new ArrayList<>();
        try {
            Model model = ModelFile.load(modelFile);
            results.add(CheckResult.pass("the model loads", modelFile.getFileName().toString()));
            results.addAll(checkModel(rules, model));
        } catch (ModelLoadException e) {
            results.add(CheckResult.fail("the model loads", e.getMessage(), "fix the file, or open it in Lamina"));
        }
        rules.target().ifPresent(target -> results.add(run == null
                ? CheckResult.skipped(target.describe(), "no run given (--run RUNDIR)")
                : checkRun(target, run)));
        return new ExerciseReport(rules, results);
    }

    /** The model rules: layers fit, Input, layer counts, output layer, parameters. */
    public static List<CheckResult> checkModel(ExerciseRules rules, Model model) {
        List<CheckResult> results = new ArrayList<>();
        Analysis analysis = ShapeInference.analyze(model);
        List<Problem> errors = analysis.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        results.add(errors.isEmpty() ? CheckResult.pass("the layers fit together", "")
                : CheckResult.fail("the layers fit together", errors.getFirst().text(),
                        "open the model in Lamina: the diagram marks the layer"));
        rules.input().ifPresent(input -> results.add(checkInput(input, model)));
        for (ExerciseRules.LayerCountRule rule : rules.layers()) {
            results.add(checkCount(rule, model));
        }
        rules.output().ifPresent(output -> results.add(checkOutput(output, model)));
        rules.maxParams().ifPresent(max -> {
            String rule = String.format(Locale.ROOT, "at most %,d parameters", max);
            long total = analysis.totalParams();
            String found = String.format(Locale.ROOT, "%,d", total);
            results.add(errors.isEmpty() && total <= max ? CheckResult.pass(rule, found)
                    : CheckResult.fail(rule, errors.isEmpty() ? found : "unknown until the layers fit",
                            "fewer filters or units, or pooling before Flatten, shrink the model"));
        });
        return results;
    }

    private static CheckResult checkInput(ExerciseRules.InputRule input, Model model) {
        String rule = "Input is " + input.height() + "×" + input.width() + "×" + input.channels();
        String hint = "set the Input layer to height " + input.height() + ", width " + input.width() + ", channels "
                + input.channels();
        if (model.size() == 0 || !(model.layer(0) instanceof InputLayer in)) {
            return CheckResult.fail(rule, "the model does not start with an Input layer", hint);
        }
        String found = in.height() + "×" + in.width() + "×" + in.channels();
        return in.height() == input.height() && in.width() == input.width() && in.channels() == input.channels()
                ? CheckResult.pass(rule, found) : CheckResult.fail(rule, "found " + found, hint);
    }

    private static CheckResult checkCount(ExerciseRules.LayerCountRule rule, Model model) {
        List<String> names = model.layers().stream().filter(layer -> layer.kind() == rule.kind()).map(Layer::name)
                .toList();
        int n = names.size();
        String found = "found " + n + (names.isEmpty() ? "" : ": " + String.join(", ", names));
        if (n >= rule.min() && n <= rule.max()) {
            return CheckResult.pass(rule.describe(), found);
        }
        String type = rule.kind().kerasName();
        String hint = rule.hint() != null ? rule.hint()
                : n > rule.max() ? "remove " + (n - rule.max()) + " " + type + " layer" + (n - rule.max() > 1 ? "s" : "")
                        + " (e.g. " + names.getLast() + ")"
                : "add " + (rule.min() - n) + " " + type + " layer" + (rule.min() - n > 1 ? "s" : "");
        return CheckResult.fail(rule.describe(), found, hint);
    }

    private static CheckResult checkOutput(ExerciseRules.OutputRule output, Model model) {
        String activation = output.activation().kerasName();
        String rule = "ends with Dense(" + output.units() + ", " + activation + ")";
        String hint = "the last layer must be a Dense layer with " + output.units() + " unit"
                + (output.units() == 1 ? "" : "s") + " and activation " + activation;
        if (model.size() == 0 || !(model.layer(model.size() - 1) instanceof Dense last)) {
            String what = model.size() == 0 ? "an empty model" : model.layer(model.size() - 1).label();
            return CheckResult.fail(rule, "ends with " + what, hint);
        }
        String found = last.name() + " is Dense(" + last.units() + ", " + last.activation().kerasName() + ")";
        return last.units() == output.units() && last.activation() == output.activation()
                ? CheckResult.pass(rule, found) : CheckResult.fail(rule, found, hint);
    }

    /** The run rule against a run folder (or its metrics.csv). */
    public static CheckResult checkRun(ExerciseRules.TargetRule target, Path run) {
        Path metrics = Files.isDirectory(run) ? run.resolve(RunLayout.METRICS) : run;
        if (!Files.isRegularFile(metrics)) {
            return CheckResult.fail(target.describe(), metrics + ": no such file",
                    "give a run folder made by 'lamina train' (it holds metrics.csv)");
        }
        List<EpochMetrics> epochs;
        try {
            epochs = MetricsCsv.read(metrics);
        } catch (DataException e) {
            return CheckResult.fail(target.describe(), e.getMessage(), "");
        }
        return checkRun(target, epochs);
    }

    /** The run rule against the epochs of a run. */
    public static CheckResult checkRun(ExerciseRules.TargetRule target, List<EpochMetrics> epochs) {
        String rule = target.describe();
        if (epochs.isEmpty()) {
            return CheckResult.fail(rule, "the run has no finished epoch", "train the model first");
        }
        EpochMetrics best = null;
        for (EpochMetrics epoch : epochs) {
            double value = target.metric().valueIn(epoch);
            if (Double.isNaN(value)) {
                continue;
            }
            if (target.isMet(value)) {
                String at = String.format(Locale.ROOT, "%s %.4f at epoch %d", target.metric().jsonName(), value,
                        epoch.epoch());
                return epoch.epoch() <= target.maxEpochs() ? CheckResult.pass(rule, "reached " + at)
                        : CheckResult.fail(rule, "reached only at epoch " + epoch.epoch() + ", after the limit of "
                                + target.maxEpochs(), "a model that learns faster: more filters, or another optimizer");
            }
            double bestValue = best == null ? Double.NaN : target.metric().valueIn(best);
            if (best == null || (target.above() ? value > bestValue : value < bestValue)) {
                best = epoch;
            }
        }
        if (best == null) {
            return CheckResult.fail(rule, "metrics.csv has no " + target.metric().jsonName() + " column values",
                    target.metric().isValidation() ? "train with validation data" : "");
        }
        return CheckResult.fail(rule, String.format(Locale.ROOT, "best %s %.4f at epoch %d of %d",
                target.metric().jsonName(), target.metric().valueIn(best), best.epoch(), epochs.size()),
                epochs.size() < target.maxEpochs() ? "train for up to " + target.maxEpochs() + " epochs"
                        : "change the model: more filters or units usually learn the training set faster");
    }
}
