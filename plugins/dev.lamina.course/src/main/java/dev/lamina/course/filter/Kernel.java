// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A square convolution kernel of odd size {@code k}, stored row by row: {@code get(i, j)} is the
 * weight in row {@code i} (vertical offset {@code i - r}) and column {@code j} (horizontal offset
 * {@code j - r}), {@code r = k / 2}. This is the orientation of a Keras {@code Conv2D} kernel
 * {@code kernel[i, j, 0, 0]}, and of the text form {@code "-1,-2,-1;0,0,0;1,2,1"} (rows separated
 * by {@code ;}, values by {@code ,}).
 */
public final class Kernel {

    /** Kernels with a name, accepted by {@link #parse} in place of numbers. */
    private static final Map<String, String> PRESETS = new LinkedHashMap<>();

    static {
        PRESETS.put("identity", "0,0,0;0,1,0;0,0,0");
        PRESETS.put("edges", "0,1,0;1,-4,1;0,1,0");
        PRESETS.put("sobel-x", "-1,0,1;-2,0,2;-1,0,1");
        PRESETS.put("sobel-y", "-1,-2,-1;0,0,0;1,2,1");
    }

    private final int size;
    private final double[] weights;

    private Kernel(int size, double[] weights) {
        this.size = size;
        this.weights = weights;
    }

    /** A kernel from rows of weights; rows must be equally long, square and of odd size. */
    public static Kernel of(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("kernel has no rows");
        }
        double[] flat = new double[rows.length * rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != rows.length) {
                throw new IllegalArgumentException("kernel row " + (i + 1) + " has " + rows[i].length
                        + " values, expected " + rows.length + " (the kernel must be square)");
            }
            System.arraycopy(rows[i], 0, flat, i * rows.length, rows.length);
        }
        return checked(rows.length, flat);
    }

    /**
     * Parses a kernel: rows separated by {@code ;} or line breaks, values by {@code ,} or spaces
     * ({@code "-1,-2,-1;0,0,0;1,2,1"}); the Python form of the course
     * ({@code "[[-1, -2, -1], [0, 0, 0], [1, 2, 1]]"}); or a preset name ({@link #presetNames()}).
     *
     * @throws IllegalArgumentException with a one-line message saying what is wrong
     */
    public static Kernel parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("kernel is empty; expected rows like \"-1,-2,-1;0,0,0;1,2,1\"");
        }
        String preset = PRESETS.get(text.strip().toLowerCase(Locale.ROOT));
        if (preset != null) {
            return parse(preset);
        }
        String body = text.strip();
        if (body.startsWith("[")) {
            body = pythonRows(body);
        }
        String[] rowTexts = body.split("\\s*(;|\\r?\\n)\\s*", -1);
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < rowTexts.length; r++) {
            String row = rowTexts[r].strip();
            if (row.isEmpty()) {
                if (r == rowTexts.length - 1 && r > 0) {
                    continue; // a trailing ';' or line break
                }
                throw new IllegalArgumentException("kernel row " + (r + 1) + " is empty in \"" + oneLine(text) + "\"");
            }
            String[] values = row.split("\\s*,\\s*|\\s+", -1);
            double[] parsed = new double[values.length];
            for (int c = 0; c < values.length; c++) {
                parsed[c] = number(values[c], r, text);
            }
            rows.add(parsed);
        }
        int k = rows.size();
        for (int r = 0; r < k; r++) {
            if (rows.get(r).length != rows.get(0).length) {
                throw new IllegalArgumentException("kernel row " + (r + 1) + " has " + rows.get(r).length
                        + " values but row 1 has " + rows.get(0).length + " (rows are separated by ';', values by ',')");
            }
        }
        if (rows.get(0).length != k) {
            throw new IllegalArgumentException("kernel has " + k + " row" + (k == 1 ? "" : "s") + " of "
                    + rows.get(0).length + " values; it must be square (k rows of k values)");
        }
        return of(rows.toArray(double[][]::new));
    }

    /** The names {@link #parse} accepts as presets. */
    public static List<String> presetNames() {
        return List.copyOf(PRESETS.keySet());
    }

    /** The preset called {@code name}, if there is one. */
    public static Optional<Kernel> preset(String name) {
        String text = PRESETS.get(name.toLowerCase(Locale.ROOT));
        return text == null ? Optional.empty() : Optional.of(parse(text));
    }

    /** {@code k}, the number of rows and of columns. */
    public int size() {
        return size;
    }

    /** {@code r = k / 2}: how far the window reaches from its centre. */
    public int radius() {
        return size / 2;
    }

    /** The weight in row {@code i}, column {@code j}. */
    public double get(int i, int j) {
        return weights[i * size + j];
    }

    /** A copy of the weights, row by row. */
    public double[] weights() {
        return weights.clone();
    }

    /** The sum of the weights (a weight of {@code 1 / sum} keeps the brightness when the sum is not 0). */
    public double sum() {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total;
    }

    /**
     * This kernel with rows and columns swapped. The course's original hand-written loop uses its
     * filter this way round; {@code parse(courseFilter).transpose()} reproduces its pictures.
     */
    public Kernel transpose() {
        double[] t = new double[weights.length];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                t[j * size + i] = weights[i * size + j];
            }
        }
        return new Kernel(size, t);
    }

    /** The text form {@link #parse} reads, e.g. {@code -1,-2,-1;0,0,0;1,2,1}. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(';');
            }
            for (int j = 0; j < size; j++) {
                if (j > 0) {
                    out.append(',');
                }
                out.append(format(get(i, j)));
            }
        }
        return out.toString();
    }

    /** A weight as people write it: {@code -2}, {@code 0.5}. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Kernel k && k.size == size && Arrays.equals(k.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return size + "x" + size + " kernel " + toText();
    }

    private static Kernel checked(int k, double[] flat) {
        if (k % 2 == 0) {
            throw new IllegalArgumentException("kernel is " + k + "x" + k + "; its size must be odd (1, 3, 5, ...) "
                    + "so that it has a centre pixel");
        }
        for (double w : flat) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("kernel weight " + w + " is not a finite number");
            }
        }
        return new Kernel(k, flat);
    }

    /** {@code [[a, b], [c, d]]} becomes {@code a, b; c, d}. */
    private static String pythonRows(String text) {
        String compact = text.replaceAll("\\s+", "");
        if (!compact.startsWith("[[") || !compact.endsWith("]]")) {
            throw new IllegalArgumentException("kernel \"" + oneLine(text)
                    + "\" is not a list of rows; expected [[a, b, c], [d, e, f], [g, h, i]]");
        }
        String inner = compact.substring(2, compact.length() - 2);
        if (inner.contains("[[") || inner.contains("]]")) {
            throw new IllegalArgumentException("kernel \"" + oneLine(text) + "\" is nested too deeply; expected "
                    + "[[a, b, c], [d, e, f], [g, h, i]]");
        }
        return inner.replace("],[", ";");
    }

    private static double number(String value, int row, String text) {
        String v = value.strip();
        if (!v.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException("kernel value \"" + oneLine(value) + "\" in row " + (row + 1)
                    + " is not a number (in \"" + oneLine(text) + "\")");
        }
        return Double.parseDouble(v);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
    }
}
