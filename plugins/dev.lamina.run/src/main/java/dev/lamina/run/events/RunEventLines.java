// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonString;
import dev.lamina.core.json.JsonValue;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * A run's events as lines of text, for a run that trains in a process of its own ({@code lamina train --events},
 * which the workbench starts): each event one line, {@code @lamina-run/1 } and a JSON object whose {@code event}
 * names it. Lines without the mark are the process's other output. Format and fields: {@code docs/run-events.md}.
 */
public final class RunEventLines {

    /** The format's version, part of every line's mark; a reader refuses a line of another version. */
    public static final int VERSION = 1;

    private static final String MARK = "@lamina-run/";
    private static final String PREFIX = MARK + VERSION + " ";

    private RunEventLines() {
    }

    /** What a training process says before its first epoch: the run's description, its folder and its device. */
    public record OpenedRun(String description, Path folder, String device) {
    }

    /** Receives decoded events: a run's opening besides the listener's. */
    public interface Receiver extends RunListener {
        void opened(OpenedRun run);
    }

    /** A receiver that hands the opening to {@code opened} and every other event to {@code listener}. */
    public static Receiver receiver(Consumer<OpenedRun> opened, RunListener listener) {
        return new Delegating(opened, listener);
    }

    /** The line that says the run is open. */
    public static String opened(OpenedRun run) {
        return line("opened", JsonObject.builder().put("description", run.description())
                .put("folder", run.folder().toString()).put("device", run.device()));
    }

    /** A listener that hands each event to {@code lines} as one line (without its line break). */
    public static RunListener writer(Consumer<String> lines) {
        return new Writer(lines, lines);
    }

    /**
     * As {@link #writer(Consumer)}, but the per-batch {@code iteration} lines go to {@code iterationLines}, which may
     * hold them to write several at once, as long as it keeps their order with the other lines.
     */
    public static RunListener writer(Consumer<String> lines, Consumer<String> iterationLines) {
        return new Writer(lines, iterationLines);
    }

    /** Whether {@code line} is an event line (of any version). */
    public static boolean isEvent(String line) {
        return line.startsWith(MARK);
    }

    /**
     * Hands the event of {@code line} to {@code receiver}.
     *
     * @throws IllegalArgumentException when the line is no event, of another version, or does not read; the message
     *                                  says which
     */
    public static void decode(String line, Receiver receiver) {
        if (!isEvent(line)) {
            throw new IllegalArgumentException("not a run event: " + abbreviated(line));
        }
        if (!line.startsWith(PREFIX)) {
            int space = line.indexOf(' ');
            String version = line.substring(MARK.length(), space < 0 ? line.length() : space);
            throw new IllegalArgumentException("the training process writes run events of version " + version
                    + ", this Lamina reads version " + VERSION);
        }
        try {
            JsonObject event = Json.parse(line.substring(PREFIX.length())).asObject();
            String name = event.getString("event");
            switch (name) {
                case "opened" -> receiver.opened(new OpenedRun(event.getString("description"),
                        Path.of(event.getString("folder")), event.getString("device", "")));
                case "started" -> receiver.started(new RunListener.RunStart(event.getInt("firstEpoch"),
                        event.getInt("epochs"), event.getInt("batchesPerEpoch"), event.getInt("trainingSamples"),
                        event.getInt("validationSamples"), strings(event.getArray("classNames"))));
                case "iteration" -> receiver.iteration(new RunListener.IterationProgress(event.getInt("epoch"),
                        event.getInt("batch"), event.getInt("batches"), number(event, "loss"),
                        number(event, "meanLoss"), number(event, "meanAccuracy"), number(event, "samplesPerSecond"),
                        number(event, "epochSeconds")));
                case "epoch" -> receiver.epochEnded(new RunListener.EpochReport(metrics(event.getObject("metrics")),
                        event.getInt("epochs"), number(event, "samplesPerSecond"), number(event, "etaSeconds"),
                        event.getLong("memoryBytes")));
                case "message" -> receiver.message(event.getString("text"));
                case "finished" -> receiver.finished(result(event));
                default -> throw new IllegalArgumentException("unknown run event '" + name + "'");
            }
        } catch (JsonException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("a run event does not read (" + e.getMessage() + "): "
                    + abbreviated(line), e);
        }
    }

    private static RunResult result(JsonObject event) {
        List<EpochMetrics> history = new ArrayList<>();
        for (JsonValue row : event.getArray("history")) {
            history.add(metrics(row.asObject()));
        }
        return new RunResult(RunResult.Outcome.valueOf(event.getString("outcome")), history,
                event.getString("message"));
    }

    private static EpochMetrics metrics(JsonObject m) {
        return new EpochMetrics(m.getInt("epoch"), number(m, "loss"), number(m, "accuracy"), number(m, "valLoss"),
                number(m, "valAccuracy"), number(m, "seconds"));
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        for (JsonValue value : array) {
            strings.add(value.asString());
        }
        return strings;
    }

    /** A double: a JSON number, or the string {@code NaN}, {@code Infinity} or {@code -Infinity}. */
    private static double number(JsonObject object, String key) {
        JsonValue value = object.require(key);
        if (value instanceof JsonString text) {
            return switch (text.asString()) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> throw new IllegalArgumentException(key + " is not a number: " + text.asString());
            };
        }
        return value.asDouble();
    }

    private static JsonValue number(double value) {
        return Double.isFinite(value) ? JsonNumber.of(value) : JsonString.of(Double.toString(value));
    }

    private static JsonObject metrics(EpochMetrics m) {
        return JsonObject.builder().put("epoch", m.epoch()).put("loss", number(m.loss()))
                .put("accuracy", number(m.accuracy())).put("valLoss", number(m.valLoss()))
                .put("valAccuracy", number(m.valAccuracy())).put("seconds", number(m.seconds())).build();
    }

    private static String line(String event, JsonObject.Builder fields) {
        JsonObject object = fields.build();
        JsonObject.Builder ordered = JsonObject.builder().put("event", event);
        object.members().forEach(ordered::put);
        return PREFIX + Json.writeCompact(ordered.build());
    }

    private static String abbreviated(String line) {
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }

    private record Delegating(Consumer<OpenedRun> openedRun, RunListener listener) implements Receiver {
        @Override
        public void opened(OpenedRun run) {
            openedRun.accept(run);
        }

        @Override
        public void started(RunStart start) {
            listener.started(start);
        }

        @Override
        public void iteration(IterationProgress progress) {
            listener.iteration(progress);
        }

        @Override
        public void epochEnded(EpochReport report) {
            listener.epochEnded(report);
        }

        @Override
        public void message(String line) {
            listener.message(line);
        }

        @Override
        public void finished(RunResult result) {
            listener.finished(result);
        }
    }

    private record Writer(Consumer<String> lines, Consumer<String> iterationLines) implements RunListener {

        @Override
        public void started(RunStart s) {
            lines.accept(line("started", JsonObject.builder().put("firstEpoch", s.firstEpoch())
                    .put("epochs", s.epochs()).put("batchesPerEpoch", s.batchesPerEpoch())
                    .put("trainingSamples", s.trainingSamples()).put("validationSamples", s.validationSamples())
                    .put("classNames", JsonArray.of(s.classNames().stream().map(JsonString::of).toList()))));
        }

        @Override
        public void iteration(IterationProgress p) {
            iterationLines.accept(line("iteration", JsonObject.builder().put("epoch", p.epoch()).put("batch", p.batch())
                    .put("batches", p.batches()).put("loss", number(p.loss())).put("meanLoss", number(p.meanLoss()))
                    .put("meanAccuracy", number(p.meanAccuracy()))
                    .put("samplesPerSecond", number(p.samplesPerSecond()))
                    .put("epochSeconds", number(p.epochSeconds()))));
        }

        @Override
        public void epochEnded(EpochReport r) {
            lines.accept(line("epoch", JsonObject.builder().put("metrics", metrics(r.metrics()))
                    .put("epochs", r.epochs()).put("samplesPerSecond", number(r.samplesPerSecond()))
                    .put("etaSeconds", number(r.etaSeconds())).put("memoryBytes", r.memoryBytes())));
        }

        @Override
        public void message(String text) {
            lines.accept(line("message", JsonObject.builder().put("text", text)));
        }

        @Override
        public void finished(RunResult result) {
            lines.accept(line("finished", JsonObject.builder().put("outcome", result.outcome().name())
                    .put("message", result.message() == null ? "" : result.message())
                    .put("history", JsonArray.of(result.history().stream().map(RunEventLines::metrics).toList()))));
        }
    }
}
