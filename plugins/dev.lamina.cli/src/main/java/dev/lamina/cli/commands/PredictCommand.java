// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.lamina.cli.Arguments;
import dev.lamina.cli.Command;
import dev.lamina.cli.CommandException;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.image.PngFile;
import dev.lamina.engine.inference.Prediction;
import dev.lamina.engine.inference.TrainedModel;
import dev.lamina.run.activation.ClassActivationMap;
import dev.lamina.run.activation.HeatmapOverlay;

/** {@code lamina predict MODEL.zip FILE|DIR... [--json]}: the class of each image, as the course prints it. */
public final class PredictCommand implements Command {

    private static final String SYNOPSIS = "MODEL.zip|RUNDIR FILE|DIR... [--json] [--gradcam OUT_DIR]";
    private static final double GRADCAM_OPACITY = 0.6;
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    @Override
    public String name() {
        return "predict";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "classify images (folders are searched for images); binary models answer as the course does;"
                + " --gradcam writes where the model looked (Grad-CAM of the last Conv2D) over each image";
    }

    @Override
    public int run(List<String> args, Console console) {
        Arguments arguments = Arguments.parse(name(), args, Set.of("--json"), Set.of("--gradcam"))
                .expect(2, Integer.MAX_VALUE, SYNOPSIS);
        TrainedModel model = TrainedModels.load(arguments.path(0));
        List<Path> images = new ArrayList<>();
        for (String target : arguments.positionals().subList(1, arguments.positionals().size())) {
            images.addAll(images(Path.of(target)));
        }
        if (images.isEmpty()) {
            throw new CommandException("no images found in " + arguments.positionals().subList(1,
                    arguments.positionals().size()));
        }
        List<Prediction> predictions = model.predict(images);
        Map<Path, Path> heatMaps = new HashMap<>();
        Optional<String> gradCamFolder = arguments.option("--gradcam");
        if (gradCamFolder.isPresent()) {
            heatMaps = gradCams(model, predictions, Path.of(gradCamFolder.get()));
        }
        if (arguments.flag("--json")) {
            console.out().println(Json.write(json(predictions, heatMaps)));
        } else {
            for (Prediction p : predictions) {
                console.out().printf(Locale.ROOT, "%s is a %s (%.1f%%)%s%n", p.file(), p.className(),
                        p.probability() * 100, heatMaps.containsKey(p.file())
                                ? "; Grad-CAM: " + heatMaps.get(p.file())
                                : "");
            }
        }
        return ExitCode.OK;
    }

    /** One {@code NAME.gradcam.png} per image: the predicted class's map over the image at its own size. */
    private static Map<Path, Path> gradCams(TrainedModel model, List<Prediction> predictions, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CommandException(folder + ": cannot create the folder (" + e.getMessage() + ")");
        }
        ImageDecoder decoder = new ImageDecoder();
        Map<Path, Path> written = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Prediction p : predictions) {
            ClassActivationMap map;
            try {
                map = model.gradCam(p.file(), p.classIndex());
            } catch (IllegalArgumentException e) {
                throw new CommandException(model.file() + ": Grad-CAM: " + e.getMessage());
            }
            PixelImage image = decoder.decode(p.file(), ColorMode.RGB);
            String base = p.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
            String name = base + ".gradcam.png";
            for (int n = 2; !names.add(name); n++) {
                name = base + "-" + n + ".gradcam.png";
            }
            Path out = folder.resolve(name);
            PngFile.write(HeatmapOverlay.render(image, map, GRADCAM_OPACITY), out);
            written.put(p.file(), out);
        }
        return written;
    }

    private static List<Path> images(Path target) {
        if (Files.isRegularFile(target)) {
            return List.of(target);
        }
        if (!Files.isDirectory(target)) {
            throw new CommandException(target + ": no such file or folder");
        }
        try (Stream<Path> files = Files.walk(target)) {
            return files.filter(Files::isRegularFile).filter(PredictCommand::isImage).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CommandException(target + ": cannot list: " + e.getMessage());
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static JsonValue json(List<Prediction> predictions, Map<Path, Path> heatMaps) {
        List<JsonValue> rows = new ArrayList<>();
        for (Prediction p : predictions) {
            List<JsonValue> outputs = new ArrayList<>();
            for (float value : p.outputs()) {
                outputs.add(JsonNumber.of((double) value));
            }
            rows.add(JsonObject.builder()
                    .put("file", p.file().toString())
                    .put("class", p.className())
                    .put("class_index", p.classIndex())
                    .put("probability", p.probability())
                    .put("outputs", JsonArray.of(outputs))
                    .put("gradcam", heatMaps.containsKey(p.file()) ? heatMaps.get(p.file()).toString() : null)
                    .build());
        }
        return JsonArray.of(rows);
    }
}
