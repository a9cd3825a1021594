// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.metrics;

import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An evaluation report: the text of scikit-learn's {@code classification_report} (which Keras
 * users print after {@code model.evaluate}) followed by the confusion matrix, and the same numbers
 * as JSON.
 */
public final class ClassificationReport {

    private static final String[] HEADERS = {"precision", "recall", "f1-score", "support"};

    private final ConfusionMatrix matrix;
    private final List<String> classNames;

    /**
     * @param classNames one name per class, or {@code null} to name them {@code 0, 1, ...}
     */
    public ClassificationReport(ConfusionMatrix matrix, List<String> classNames) {
        this.matrix = matrix;
        if (classNames == null) {
            List<String> numbers = new ArrayList<>();
            for (int c = 0; c < matrix.classes(); c++) {
                numbers.add(Integer.toString(c));
            }
            this.classNames = List.copyOf(numbers);
        } else {
            if (classNames.size() != matrix.classes()) {
                throw new IllegalArgumentException(classNames.size() + " class names for " + matrix.classes()
                        + " classes");
            }
            this.classNames = List.copyOf(classNames);
        }
    }

    public ConfusionMatrix matrix() {
        return matrix;
    }

    public List<String> classNames() {
        return classNames;
    }

    /**
     * The report as scikit-learn prints it with {@code digits=2}, then a blank line and the
     * confusion matrix (rows: true class, columns: predicted class).
     */
    public String text() {
        return classificationText() + "\n" + matrixText();
    }

    /** Only the scikit-learn part of {@link #text()}. */
    public String classificationText() {
        int width = "weighted avg".length();
        for (String name : classNames) {
            width = Math.max(width, name.length());
        }
        StringBuilder out = new StringBuilder();
        out.append(pad("", width)).append(' ');
        for (String header : HEADERS) {
            out.append(' ').append(pad(header, 9));
        }
        out.append("\n\n");
        for (int c = 0; c < matrix.classes(); c++) {
            row(out, classNames.get(c), width, matrix.precision(c), matrix.recall(c), matrix.f1(c), matrix.support(c));
        }
        out.append('\n');
        long total = matrix.total();
        out.append(pad("accuracy", width)).append(' ').append(' ').append(pad("", 9)).append(' ').append(pad("", 9))
                .append(' ').append(pad(fixed(matrix.accuracy()), 9)).append(' ').append(pad(Long.toString(total), 9))
                .append('\n');
        row(out, "macro avg", width, matrix.macroPrecision(), matrix.macroRecall(), matrix.macroF1(), total);
        row(out, "weighted avg", width, matrix.weightedPrecision(), matrix.weightedRecall(), matrix.weightedF1(), total);
        return out.toString();
    }

    /** The confusion matrix as a table with class names; rows are true classes. */
    public String matrixText() {
        int nameWidth = "true \\ predicted".length();
        for (String name : classNames) {
            nameWidth = Math.max(nameWidth, name.length());
        }
        int cell = 1;
        for (String name : classNames) {
            cell = Math.max(cell, name.length());
        }
        for (long[] row : matrix.toArray()) {
            for (long count : row) {
                cell = Math.max(cell, Long.toString(count).length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(padRight("true \\ predicted", nameWidth));
        for (String name : classNames) {
            out.append("  ").append(pad(name, cell));
        }
        out.append('\n');
        long[][] rows = matrix.toArray();
        for (int a = 0; a < rows.length; a++) {
            out.append(padRight(classNames.get(a), nameWidth));
            for (long count : rows[a]) {
                out.append("  ").append(pad(Long.toString(count), cell));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The report as JSON: {@code samples}, {@code accuracy}, {@code classes} (name, precision,
     * recall, f1, support), {@code macro_avg}, {@code weighted_avg} and {@code confusion_matrix}
     * (rows: true class). Numbers are unrounded.
     */
    public JsonObject toJson() {
        List<JsonValue> classes = new ArrayList<>();
        for (int c = 0; c < matrix.classes(); c++) {
            classes.add(JsonObject.builder()
                    .put("name", classNames.get(c))
                    .put("precision", matrix.precision(c))
                    .put("recall", matrix.recall(c))
                    .put("f1", matrix.f1(c))
                    .put("support", matrix.support(c))
                    .build());
        }
        List<JsonValue> rows = new ArrayList<>();
        for (long[] row : matrix.toArray()) {
            List<JsonValue> cells = new ArrayList<>();
            for (long count : row) {
                cells.add(JsonNumber.of(count));
            }
            rows.add(JsonArray.of(cells));
        }
        return JsonObject.builder()
                .put("samples", matrix.total())
                .put("accuracy", matrix.accuracy())
                .put("classes", JsonArray.of(classes))
                .put("macro_avg", average(matrix.macroPrecision(), matrix.macroRecall(), matrix.macroF1()))
                .put("weighted_avg", average(matrix.weightedPrecision(), matrix.weightedRecall(), matrix.weightedF1()))
                .put("confusion_matrix", JsonArray.of(rows))
                .build();
    }

    private JsonObject average(double precision, double recall, double f1) {
        return JsonObject.builder()
                .put("precision", precision)
                .put("recall", recall)
                .put("f1", f1)
                .put("support", matrix.total())
                .build();
    }

    private static void row(StringBuilder out, String name, int width, double p, double r, double f, long support) {
        out.append(pad(name, width)).append(' ')
                .append(' ').append(pad(fixed(p), 9))
                .append(' ').append(pad(fixed(r), 9))
                .append(' ').append(pad(fixed(f), 9))
                .append(' ').append(pad(Long.toString(support), 9))
                .append('\n');
    }

    /** Two decimals rounded half-even on the exact binary value, as Python's {@code format} does (0.625 → 0.62). */
    private static String fixed(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    private static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
