// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The traps of class folders that still train, but not as the author meant: each found once here, so that
 * the CLI's {@code lamina data scan} and the workbench's dataset editor say the same.
 */
final class DatasetWarnings {

    /** The largest class with this many times the images of the smallest is called strongly imbalanced. */
    static final int IMBALANCE_RATIO = 10;

    /** Hidden folders that are tools' own and never mistaken for classes. */
    private static final Set<String> TOOL_FOLDERS = Set.of(".git", ".hg", ".svn", ".trash");

    private DatasetWarnings() {
    }

    /** A warning for a hidden folder beside the class folders, or {@code null} for a tool's own folder. */
    static ScanProblem hiddenFolder(Path folder) {
        String name = folder.getFileName().toString();
        if (!name.startsWith(".") || TOOL_FOLDERS.contains(name)) {
            return null;
        }
        return new ScanProblem(folder, ScanProblemKind.HIDDEN_FOLDER, "hidden folder " + name
                + " is not a class here (Lamina ignores hidden folders), but Keras' flow_from_directory and"
                + " PyTorch's ImageFolder would make it one; delete it if it is not data");
    }

    /** Warnings about the labels and the images: numbers sorted as text, imbalance, mixed sizes and colours. */
    static List<ScanProblem> of(Path root, List<String> classes, boolean classesListed, List<ImageFile> images) {
        List<ScanProblem> warnings = new ArrayList<>();
        if (!classesListed) {
            ScanProblem numbers = numbersSortedAsText(root, classes);
            if (numbers != null) {
                warnings.add(numbers);
            }
        }
        int[] counts = new int[classes.size()];
        for (ImageFile image : images) {
            counts[image.classIndex()]++;
        }
        int largest = -1;
        int smallest = -1;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                continue; // an empty class is its own problem
            }
            if (largest < 0 || counts[c] > counts[largest]) {
                largest = c;
            }
            if (smallest < 0 || counts[c] < counts[smallest]) {
                smallest = c;
            }
        }
        if (smallest >= 0 && counts[largest] >= IMBALANCE_RATIO * counts[smallest]) {
            warnings.add(new ScanProblem(root.resolve(classes.get(smallest)), ScanProblemKind.IMBALANCED_CLASSES,
                    "strongly imbalanced: " + classes.get(largest) + " has " + counts[largest] + " images, "
                            + classes.get(smallest) + " only " + counts[smallest] + " (" + counts[largest]
                            / counts[smallest] + "×); a model can score well by rarely predicting "
                            + classes.get(smallest)));
        }
        Map<String, Integer> sizes = tally(images, i -> i.header().width() + "x" + i.header().height());
        if (sizes.size() > 1) {
            warnings.add(new ScanProblem(root, ScanProblemKind.MIXED_SIZES, "images of " + sizes.size()
                    + " sizes (" + describe(sizes) + "); each is resized to the model's input, which distorts"
                    + " those of another aspect ratio"));
        }
        Map<String, Integer> colors = tally(images, i -> i.header().colorModel());
        if (colors.size() > 1) {
            warnings.add(new ScanProblem(root, ScanProblemKind.MIXED_COLOR_MODELS, "images of " + colors.size()
                    + " colour models (" + describe(colors) + "); each is converted to the model's colour mode"));
        }
        return warnings;
    }

    /** Numeric class names whose text order is not their numeric order: they get labels in text order. */
    static ScanProblem numbersSortedAsText(Path root, List<String> classes) {
        List<String> numeric = classes.stream().filter(DatasetWarnings::isNumber).toList();
        List<String> byValue = numeric.stream().sorted(Comparator.comparing(java.math.BigInteger::new)).toList();
        if (numeric.equals(byValue)) {
            return null;
        }
        return new ScanProblem(root, ScanProblemKind.NUMBERS_SORTED_AS_TEXT, "class names are numbers sorted as"
                + " text: " + labelled(classes, numeric) + " (numeric order would be " + String.join(", ", byValue)
                + "); pad the names with zeros (" + padded(byValue) + ") or list the classes explicitly");
    }

    private static boolean isNumber(String name) {
        return !name.isEmpty() && name.length() < 19 && name.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static String labelled(List<String> classes, List<String> numeric) {
        return numeric.stream().map(name -> name + " → label " + classes.indexOf(name)).collect(Collectors.joining(", "));
    }

    private static String padded(List<String> byValue) {
        int width = byValue.stream().mapToInt(String::length).max().orElse(1);
        return byValue.stream().limit(3).map(n -> "0".repeat(width - n.length()) + n)
                .collect(Collectors.joining(", ")) + (byValue.size() > 3 ? ", ..." : "");
    }

    private static Map<String, Integer> tally(List<ImageFile> images, java.util.function.Function<ImageFile, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ImageFile image : images) {
            if (image.header() != null) {
                counts.merge(key.apply(image), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))
                + (counts.size() > 4 ? ", ..." : "");
    }
}
