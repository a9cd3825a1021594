// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;

/**
 * What a scan of a class-folder dataset found: the classes, the usable images (in Keras order:
 * class by class, files sorted), and every problem, none of which stopped the scan.
 */
public final class ScanReport {

    private final Path root;
    private final List<String> classes;
    private final List<ImageFile> images;
    private final List<ScanProblem> problems;

    ScanReport(Path root, List<String> classes, List<ImageFile> images, List<ScanProblem> problems) {
        this.root = root;
        this.classes = List.copyOf(classes);
        this.images = List.copyOf(images);
        this.problems = List.copyOf(problems);
    }

    /** The dataset folder. */
    public Path root() {
        return root;
    }

    /** Class names; a label is an index into this list. */
    public List<String> classes() {
        return classes;
    }

    /** The usable images, class by class, each class's files in sorted order. */
    public List<ImageFile> images() {
        return images;
    }

    /** The usable images of one class, in sorted order. */
    public List<ImageFile> imagesOf(int classIndex) {
        List<ImageFile> result = new ArrayList<>();
        for (ImageFile image : images) {
            if (image.classIndex() == classIndex) {
                result.add(image);
            }
        }
        return result;
    }

    /** Every problem, in the order found per class folder. */
    public List<ScanProblem> problems() {
        return problems;
    }

    /** The problems of one kind. */
    public List<ScanProblem> problems(ScanProblemKind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    /** How many files were left out (problems of severity {@code SKIPPED}). */
    public int skippedCount() {
        return (int) problems.stream().filter(p -> p.kind().severity() == ScanProblemKind.Severity.SKIPPED).count();
    }

    /** Usable images per class name, in class order. */
    public Map<String, Integer> countsPerClass() {
        int[] counts = new int[classes.size()];
        for (ImageFile image : images) {
            counts[image.classIndex()]++;
        }
        Map<String, Integer> result = new java.util.LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            result.put(classes.get(i), counts[i]);
        }
        return Collections.unmodifiableMap(result);
    }

    /** How many usable images have each size, keyed {@code WIDTHxHEIGHT}, most common first. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> counts = new TreeMap<>();
        for (ImageFile image : images) {
            if (image.header() != null) {
                counts.merge(image.header().width() + "x" + image.header().height(), 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }

    /** How many usable images have each stored colour model ({@code rgb}, {@code gray}, {@code palette}, ...). */
    public Map<String, Integer> colorModels() {
        Map<String, Integer> counts = new TreeMap<>();
        for (ImageFile image : images) {
            if (image.header() != null) {
                counts.merge(image.header().colorModel(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** How many usable images have each stored channel count. */
    public Map<Integer, Integer> channels() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (ImageFile image : images) {
            if (image.header() != null) {
                counts.merge(image.header().channels(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** The warnings: the dataset trains, but probably not as its author meant. */
    public List<ScanProblem> warnings() {
        return problems.stream().filter(p -> p.kind().severity() == ScanProblemKind.Severity.WARNING).toList();
    }

    /** Whether the dataset can be trained on: two or more classes, each with at least one image. */
    public boolean isTrainable() {
        return problems.stream().noneMatch(p -> p.kind().severity() == ScanProblemKind.Severity.DATASET);
    }

    /** A human-readable report, one fact per line; problems are listed one per line. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(root).append(": ").append(images.size()).append(" usable images in ")
                .append(classes.size()).append(classes.size() == 1 ? " class" : " classes")
                .append(", ").append(skippedCount()).append(" files skipped\n");
        countsPerClass().forEach((name, count) -> out.append("  ").append(name).append(": ").append(count).append('\n'));
        Map<String, Integer> sizes = sizes();
        if (!sizes.isEmpty()) {
            out.append("  sizes:");
            sizes.entrySet().stream().limit(5).forEach(e -> out.append(' ').append(e.getKey()).append(" (")
                    .append(e.getValue()).append(')'));
            if (sizes.size() > 5) {
                out.append(" and ").append(sizes.size() - 5).append(" more");
            }
            out.append('\n');
            out.append("  colour:");
            colorModels().forEach((model, count) -> out.append(' ').append(model).append(" (").append(count).append(')'));
            out.append('\n');
        }
        for (ScanProblem problem : problems) {
            out.append(switch (problem.kind().severity()) {
                case NOTE -> "note: ";
                case WARNING -> "warning: ";
                default -> "problem: ";
            })
                    .append(problem.message()).append('\n');
        }
        return out.toString();
    }

    /** The report as a JSON object (classes, counts, sizes, channels, problems). */
    public String toJson() {
        return toJson(null);
    }

    /** The report as a JSON object, with the training/validation division as {@code "validation"} when given. */
    public String toJson(ValidationPart validation) {
        List<JsonValue> classEntries = new ArrayList<>();
        countsPerClass().forEach((name, count) -> classEntries.add(JsonObject.builder().put("name", name)
                .put("count", count).build()));
        JsonObject.Builder sizeCounts = JsonObject.builder();
        sizes().forEach(sizeCounts::put);
        JsonObject.Builder channelCounts = JsonObject.builder();
        channels().forEach((channels, count) -> channelCounts.put(String.valueOf(channels), count));
        JsonObject.Builder colorCounts = JsonObject.builder();
        colorModels().forEach(colorCounts::put);
        List<JsonValue> problemEntries = new ArrayList<>();
        for (ScanProblem p : problems) {
            problemEntries.add(JsonObject.builder()
                    .put("path", p.path().toString())
                    .put("kind", p.kind().label())
                    .put("severity", p.kind().severity().name().toLowerCase(Locale.ROOT))
                    .put("detail", p.detail())
                    .build());
        }
        JsonObject.Builder json = JsonObject.builder()
                .put("root", root.toString())
                .put("usable", images.size())
                .put("skipped", skippedCount())
                .put("trainable", isTrainable())
                .put("classes", JsonArray.of(classEntries))
                .put("sizes", sizeCounts.build())
                .put("channels", channelCounts.build())
                .put("colorModels", colorCounts.build())
                .put("problems", JsonArray.of(problemEntries));
        if (validation != null) {
            json.put("validation", validation.toJson());
        }
        return Json.write(json.build()) + "\n";
    }
}
