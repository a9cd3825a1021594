// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.data.DataException;

/**
 * How a class-folder dataset divides into training and validation, class by class, and the two traps of that
 * division: a class with no validation image (its validation accuracy is never measured) and a validation part
 * whose own classes differ from training's (a loader that labels it on its own shifts the labels). Lamina labels
 * validation by the training classes ({@link FolderDataset}); the warning is about the other tools and about
 * what the split really holds. The CLI's {@code lamina data scan} and the dataset editor both show this.
 */
public final class ValidationPart {

    private final ScanReport training;
    private final ScanReport validationReport;
    private final double split;
    private final int[] trainingCounts;
    private final int[] validationCounts;
    private final List<ScanProblem> warnings;

    private ValidationPart(ScanReport training, ScanReport validationReport, double split, int[] trainingCounts,
            int[] validationCounts, List<ScanProblem> warnings) {
        this.training = training;
        this.validationReport = validationReport;
        this.split = split;
        this.trainingCounts = trainingCounts;
        this.validationCounts = validationCounts;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * How many of a class's {@code count} files Keras' {@code validation_split} holds out: Python's
     * {@code int(split * n)}, the first files of the class in sorted order.
     */
    public static int heldOut(double split, int count) {
        return (int) (split * count);
    }

    /** The division by a {@code validation_split} of {@code fraction} (0 < fraction < 1). */
    public static ValidationPart split(ScanReport training, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("validation split must be between 0 and 1 (exclusive), got " + fraction);
        }
        List<String> classes = training.classes();
        int[] usable = counts(training);
        int[] train = new int[classes.size()];
        int[] validate = new int[classes.size()];
        List<ScanProblem> warnings = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            validate[c] = heldOut(fraction, usable[c]);
            train[c] = usable[c] - validate[c];
            if (validate[c] > 0) {
                present.add(classes.get(c));
            } else if (usable[c] > 0) {
                warnings.add(new ScanProblem(training.root().resolve(classes.get(c)),
                        ScanProblemKind.CLASS_MISSING_FROM_VALIDATION, "class " + classes.get(c) + " is missing from"
                                + " validation: a split of " + format(fraction) + " holds out int(" + format(fraction)
                                + " × " + usable[c] + ") = 0 of its " + usable[c] + " images, so its validation"
                                + " accuracy is never measured; " + (usable[c] > 1 ? "raise the split to at least "
                                + format(Math.ceil(100.0 / usable[c]) / 100) + " or add images" : "add images")));
            }
        }
        ScanProblem shift = shift(training, present, "with this split the validation part holds " + present.size()
                + " of the " + classes.size() + " classes");
        if (shift != null) {
            warnings.add(shift);
        }
        return new ValidationPart(training, null, fraction, train, validate, warnings);
    }

    /**
     * The division by a second folder: it is scanned with the training classes (so labels agree, as
     * {@link FolderDataset} trains), and its own class folders are compared with training's.
     *
     * @throws DataException if the validation folder cannot be listed
     */
    public static ValidationPart folder(ScanReport training, Path validationRoot, ScanOptions options) {
        ScanReport validation = new DatasetScanner(options.withClasses(training.classes())).scanFolder(validationRoot);
        List<String> classes = training.classes();
        int[] train = counts(training);
        int[] validate = counts(validation);
        List<ScanProblem> warnings = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            if (validate[c] == 0 && train[c] > 0) {
                Path classFolder = validationRoot.resolve(classes.get(c));
                warnings.add(new ScanProblem(classFolder, ScanProblemKind.CLASS_MISSING_FROM_VALIDATION, "class "
                        + classes.get(c) + " is missing from validation: " + validationRoot.getFileName() + " has "
                        + (Files.isDirectory(classFolder) ? "no usable image in " + classes.get(c) : "no folder "
                                + classes.get(c)) + ", so its validation accuracy is never measured"));
            }
        }
        ScanProblem shift = shift(training, classFolders(validationRoot), "the validation folder "
                + validationRoot.getFileName() + " has its own classes");
        if (shift != null) {
            warnings.add(shift);
        }
        return new ValidationPart(training, validation, 0, train, validate, warnings);
    }

    /**
     * The label-shift warning when {@code own}, the classes a loader finds in the validation part on its own (in
     * sorted order), would give a class another label than training does.
     */
    private static ScanProblem shift(ScanReport training, List<String> own, String what) {
        List<String> classes = training.classes();
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            int label = classes.indexOf(own.get(i));
            if (label != i) {
                moved.add(own.get(i) + " label " + i + (label < 0 ? " (not a training class)" : " instead of " + label));
            }
        }
        if (moved.isEmpty()) {
            return null;
        }
        return new ScanProblem(training.root(), ScanProblemKind.LABEL_ORDER_SHIFTS, "label order shifts: " + what
                + " (" + String.join(", ", own) + "); a loader that labels it by the classes it finds there (Keras'"
                + " flow_from_directory on that folder, DL4J's ParentPathLabelGenerator on a split) gives "
                + moved.stream().limit(3).collect(Collectors.joining(", ")) + (moved.size() > 3 ? ", ..." : "")
                + "; Lamina labels validation by the training classes");
    }

    /** The visible sub-folders of a folder, sorted: the classes a loader would find there on its own. */
    static List<String> classFolders(Path root) {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!DatasetScanner.isHidden(name) && Files.isDirectory(entry)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new DataException(root, "cannot list folder (" + e.getMessage() + ")", e);
        }
        names.sort(null);
        return names;
    }

    private static int[] counts(ScanReport report) {
        int[] counts = new int[report.classes().size()];
        for (ImageFile image : report.images()) {
            counts[image.classIndex()]++;
        }
        return counts;
    }

    private static String format(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
        return text.endsWith(".") ? text + "0" : text;
    }

    /** The training scan this divides. */
    public ScanReport training() {
        return training;
    }

    /** The validation folder's scan (with the training classes), or {@code null} for a split. */
    public ScanReport validationReport() {
        return validationReport;
    }

    /** The {@code validation_split}, or 0 when validation is a folder. */
    public double split() {
        return split;
    }

    /** Training images per class, in label order. */
    public int[] trainingCounts() {
        return trainingCounts.clone();
    }

    /** Validation images per class, in label order. */
    public int[] validationCounts() {
        return validationCounts.clone();
    }

    /** The two warnings of the division, when they apply. */
    public List<ScanProblem> warnings() {
        return warnings;
    }

    /** What the division is, in words: {@code split 0.2} or {@code folder PATH}. */
    public String describe() {
        return validationReport == null ? "split " + format(split) : "folder " + validationReport.root();
    }

    /** Text lines for people: the division, the counts per class, the warnings. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append("validation (").append(describe()).append("): ")
                .append(sum(trainingCounts)).append(" training, ").append(sum(validationCounts))
                .append(" validation images\n");
        for (int c = 0; c < training.classes().size(); c++) {
            out.append("  ").append(training.classes().get(c)).append(": ").append(trainingCounts[c]).append(" / ")
                    .append(validationCounts[c]).append('\n');
        }
        if (validationReport != null) {
            for (ScanProblem problem : validationReport.problems()) {
                if (problem.kind().severity() != ScanProblemKind.Severity.NOTE) {
                    out.append("validation problem: ").append(problem.message()).append('\n');
                }
            }
        }
        for (ScanProblem warning : warnings) {
            out.append("warning: ").append(warning.message()).append('\n');
        }
        return out.toString();
    }

    /** The division as a JSON object: kind, per-class counts, warnings. */
    public JsonObject toJson() {
        List<JsonValue> classes = new ArrayList<>();
        for (int c = 0; c < training.classes().size(); c++) {
            classes.add(JsonObject.builder().put("name", training.classes().get(c)).put("training", trainingCounts[c])
                    .put("validation", validationCounts[c]).build());
        }
        List<JsonValue> problems = new ArrayList<>();
        for (ScanProblem p : warnings) {
            problems.add(JsonObject.builder().put("path", p.path().toString()).put("kind", p.kind().label())
                    .put("severity", "warning").put("detail", p.detail()).build());
        }
        JsonObject.Builder json = JsonObject.builder();
        if (validationReport == null) {
            json.put("split", split);
        } else {
            json.put("folder", validationReport.root().toString()).put("skipped", validationReport.skippedCount());
        }
        return json.put("training", sum(trainingCounts)).put("validation", sum(validationCounts))
                .put("classes", JsonArray.of(classes)).put("problems", JsonArray.of(problems)).build();
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }
}
