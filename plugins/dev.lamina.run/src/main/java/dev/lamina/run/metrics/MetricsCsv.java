// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.metrics;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.data.DataException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A run's {@code metrics.csv}: the header {@code epoch,loss,accuracy,val_loss,val_accuracy,seconds}
 * and one row per finished epoch, epochs numbered from 1. Numbers are written in their shortest
 * exact form without exponent; {@code NaN} (not measured, or not a number) is an empty cell. Every {@link #append} rewrites the file atomically (write, then rename), so a reader
 * or a crash never sees a half-written row.
 *
 * <p>{@link #read} finds columns by their header names, ignores columns it does not know and
 * accepts Keras' {@code CSVLogger} spellings ({@code NA}, {@code nan}).
 */
public final class MetricsCsv {

    /** The columns, in file order. */
    public static final List<String> COLUMNS = List.of("epoch", "loss", "accuracy", "val_loss", "val_accuracy",
            "seconds");

    private final Path file;
    private final List<EpochMetrics> rows;

    private MetricsCsv(Path file, List<EpochMetrics> rows) {
        this.file = file;
        this.rows = rows;
    }

    /** A new, empty {@code metrics.csv} holding just the header (replacing any file there). */
    public static MetricsCsv create(Path file) {
        MetricsCsv csv = new MetricsCsv(file, new ArrayList<>());
        csv.save();
        return csv;
    }

    /** The existing file, to append to when a run resumes; a missing file is created empty. */
    public static MetricsCsv open(Path file) {
        return Files.exists(file) ? new MetricsCsv(file, new ArrayList<>(read(file))) : create(file);
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The rows so far, in epoch order. */
    public List<EpochMetrics> rows() {
        return List.copyOf(rows);
    }

    /** Adds a row and rewrites the file atomically. Epochs must increase. */
    public void append(EpochMetrics row) {
        if (!rows.isEmpty() && row.epoch() <= rows.getLast().epoch()) {
            throw new IllegalArgumentException("epoch " + row.epoch() + " does not follow epoch "
                    + rows.getLast().epoch() + " in " + file);
        }
        rows.add(row);
        try {
            save();
        } catch (DataException e) {
            rows.removeLast();
            throw e;
        }
    }

    /** The file text for {@code rows}. */
    public static String format(List<EpochMetrics> rows) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (EpochMetrics r : rows) {
            out.append(r.epoch()).append(',').append(number(r.loss())).append(',').append(number(r.accuracy()))
                    .append(',').append(number(r.valLoss())).append(',').append(number(r.valAccuracy()))
                    .append(',').append(number(r.seconds())).append('\n');
        }
        return out.toString();
    }

    /** Reads a {@code metrics.csv}; errors name the file and line. */
    public static List<EpochMetrics> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataException(file, "file not found", e);
        } catch (IOException e) {
            throw new DataException(file, "cannot read (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            throw new DataException(file, "empty; expected the header " + String.join(",", COLUMNS));
        }
        List<String> header = Arrays.stream(lines.getFirst().replace("\uFEFF", "").split(",", -1))
                .map(String::strip).toList();
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = header.indexOf(COLUMNS.get(c));
        }
        if (index[0] < 0) {
            throw new DataException(file, "line 1: the header has no 'epoch' column (found " + lines.getFirst() + ")");
        }
        List<EpochMetrics> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != header.size()) {
                throw new DataException(file, "line " + (n + 1) + ": expected " + header.size() + " values, got "
                        + cells.length);
            }
            double[] values = new double[COLUMNS.size()];
            for (int c = 1; c < COLUMNS.size(); c++) {
                values[c] = index[c] < 0 ? Double.NaN : parse(cells[index[c]], file, n + 1, COLUMNS.get(c));
            }
            int epoch;
            try {
                epoch = Integer.parseInt(cells[index[0]].strip());
            } catch (NumberFormatException e) {
                throw new DataException(file, "line " + (n + 1) + ": epoch \"" + cells[index[0]].strip()
                        + "\" is not a whole number");
            }
            if (epoch < 1 || (!rows.isEmpty() && epoch <= rows.getLast().epoch())) {
                throw new DataException(file, "line " + (n + 1) + ": epoch " + epoch + " does not follow "
                        + (rows.isEmpty() ? "the header (epochs start at 1)" : "epoch " + rows.getLast().epoch()));
            }
            rows.add(new EpochMetrics(epoch, values[1], values[2], values[3], values[4], values[5]));
        }
        return rows;
    }

    private void save() {
        try {
            AtomicFile.write(file, format(rows));
        } catch (IOException e) {
            throw new DataException(file, "cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** Shortest round-trip digits, never an exponent: {@code 0.0001}, {@code 12.5}, {@code 3}. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    private static double parse(String cell, Path file, int line, String column) {
        String text = cell.strip();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "", "na", "nan", "none" -> {
                return Double.NaN;
            }
            case "inf", "infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
            }
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new DataException(file, "line " + line + ": " + column + " \"" + text + "\" is not a number");
        }
    }
}
