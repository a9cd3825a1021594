// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.lamina.cli.Arguments;
import dev.lamina.cli.Command;
import dev.lamina.cli.CommandException;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.pipeline.Relabeled;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.engine.archive.ModelMetadata;
import dev.lamina.engine.inference.Evaluation;
import dev.lamina.engine.inference.EvaluationData;
import dev.lamina.engine.inference.TrainedModel;

/** {@code lamina evaluate MODEL.zip DATA}: loss, accuracy, per-class scores, confusion matrix, mistakes. */
public final class EvaluateCommand implements Command {

    private static final String SYNOPSIS = "MODEL.zip|RUNDIR DIR | --images IMAGES --labels LABELS [--names a,b,...]"
            + " [--json] [--show-misclassified N]";

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "measure a trained model on a folder of class folders (or an IDX pair)";
    }

    @Override
    public int run(List<String> args, Console console) {
        Arguments arguments = Arguments.parse(name(), args, Set.of("--json"),
                Set.of("--images", "--labels", "--names", "--show-misclassified")).expect(1, 2, SYNOPSIS);
        TrainedModel model = TrainedModels.load(arguments.path(0));
        ModelMetadata metadata = model.metadata();
        SampleSource data = data(arguments, metadata);
        Evaluation evaluation;
        try {
            evaluation = model.evaluate(data);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
        if (arguments.flag("--json")) {
            console.out().println(Json.write(json(evaluation)));
            return ExitCode.OK;
        }
        console.out().printf(Locale.ROOT, "%d samples - loss: %.4f - accuracy: %.4f%n%n", data.size(),
                evaluation.loss(), evaluation.report().matrix().accuracy());
        console.out().print(evaluation.report().text());
        int show = arguments.option("--show-misclassified").map(Integer::parseInt).orElse(10);
        List<Evaluation.Misclassified> wrong = evaluation.misclassified();
        console.out().printf("%nMisclassified: %d%n", wrong.size());
        for (Evaluation.Misclassified m : wrong.subList(0, Math.min(show, wrong.size()))) {
            console.out().printf(Locale.ROOT, "  %s: %s, predicted %s (%.1f%%)%n", m.sample(), m.actual(),
                    m.predicted(), m.probability() * 100);
        }
        if (wrong.size() > show) {
            console.out().println("  ... (--show-misclassified N, or --json for all)");
        }
        return ExitCode.OK;
    }

    private static SampleSource data(Arguments arguments, ModelMetadata metadata) {
        if (arguments.positionals().size() == 2) {
            return EvaluationData.folder(metadata, arguments.path(1));
        }
        if (arguments.option("--images").isEmpty() || arguments.option("--labels").isEmpty()) {
            throw new CommandException("evaluate: give a folder of class folders, or --images and --labels");
        }
        // IDX labels are numbers: --names says which class each number is, matched to the model's classes by name
        List<String> names = arguments.option("--names").map(text -> List.of(text.split(","))).orElse(null);
        IdxDataset idx = IdxDataset.read(Path.of(arguments.option("--images").get()),
                Path.of(arguments.option("--labels").get()), names);
        SampleSource prepared = idx.height() == metadata.height() && idx.width() == metadata.width()
                && metadata.colorMode() == ColorMode.GRAYSCALE ? idx
                        : idx.resized(metadata.height(), metadata.width(), metadata.colorMode(),
                                metadata.interpolation());
        try {
            return Relabeled.to(prepared, metadata.classNames());
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage() + (names == null
                    ? "; name the IDX labels in order with --names" : ""));
        }
    }

    private static JsonValue json(Evaluation evaluation) {
        List<JsonValue> wrong = new ArrayList<>();
        for (Evaluation.Misclassified m : evaluation.misclassified()) {
            wrong.add(JsonObject.builder().put("sample", m.sample()).put("actual", m.actual())
                    .put("predicted", m.predicted()).put("probability", m.probability()).build());
        }
        return JsonObject.builder()
                .put("loss", evaluation.loss())
                .put("report", evaluation.report().toJson())
                .put("misclassified", JsonArray.of(wrong))
                .build();
    }
}
