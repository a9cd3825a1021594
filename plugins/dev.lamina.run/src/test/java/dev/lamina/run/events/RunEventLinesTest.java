// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lamina.run.events.RunEventLines.OpenedRun;
import dev.lamina.run.events.RunListener.EpochReport;
import dev.lamina.run.events.RunListener.IterationProgress;
import dev.lamina.run.events.RunListener.RunStart;
import dev.lamina.run.metrics.EpochMetrics;

class RunEventLinesTest {

    /** Every event a run sends, written as lines and read back: equal records, in order. */
    @Test
    void everyEventReadsBackAsItWasWritten() {
        List<String> lines = new ArrayList<>();
        RunListener writer = RunEventLines.writer(lines::add);
        OpenedRun opened = new OpenedRun("Training model.lamina on 600 images in 2 classes, \"quoted\"\ttab",
                Path.of("/tmp/runs/model-2026 12 03"), "CPU (AMD EPYC, 2 threads)");
        lines.add(RunEventLines.opened(opened));
        RunStart start = new RunStart(1, 5, 19, 600, 200, List.of("horses", "humans", "ünïcode"));
        IterationProgress step = new IterationProgress(2, 7, 19, 0.6931471805599453, 0.1 + 0.2, 1.0 / 3,
                5123.456789, 1e-7);
        EpochMetrics validated = new EpochMetrics(2, 0.25, 0.875, 0.3125, 0.8125, 2.5);
        EpochMetrics unvalidated = EpochMetrics.training(1, 0.5, Double.NaN, 1.25);
        EpochReport report = new EpochReport(validated, 5, 4321.0, 7.5, 550_000_000L);
        RunResult result = new RunResult(RunResult.Outcome.NON_FINITE_LOSS, List.of(unvalidated, validated),
                "The loss became NaN in epoch 3");
        writer.started(start);
        writer.iteration(step);
        writer.iteration(new IterationProgress(3, 1, 19, Double.POSITIVE_INFINITY, Double.NaN,
                Double.NEGATIVE_INFINITY, 0, 0));
        writer.epochEnded(report);
        writer.message("Reached 99.8% accuracy so cancelling training!");
        writer.finished(result);

        assertTrue(lines.stream().allMatch(RunEventLines::isEvent));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\n")));
        List<Object> read = new ArrayList<>();
        RunEventLines.Receiver receiver = new RunEventLines.Receiver() {
            @Override
            public void opened(OpenedRun run) {
                read.add(run);
            }

            @Override
            public void started(RunStart s) {
                read.add(s);
            }

            @Override
            public void iteration(IterationProgress p) {
                read.add(p);
            }

            @Override
            public void epochEnded(EpochReport r) {
                read.add(r);
            }

            @Override
            public void message(String line) {
                read.add(line);
            }

            @Override
            public void finished(RunResult r) {
                read.add(r);
            }
        };
        for (String line : lines) {
            RunEventLines.decode(line, receiver);
        }
        assertEquals(7, read.size());
        assertEquals(opened, read.get(0));
        assertEquals(start, read.get(1));
        assertEquals(step, read.get(2));
        IterationProgress nonFinite = (IterationProgress) read.get(3);
        assertEquals(Double.POSITIVE_INFINITY, nonFinite.loss());
        assertTrue(Double.isNaN(nonFinite.meanLoss()));
        assertEquals(Double.NEGATIVE_INFINITY, nonFinite.meanAccuracy());
        assertEquals(report, read.get(4));
        assertEquals("Reached 99.8% accuracy so cancelling training!", read.get(5));
        RunResult back = (RunResult) read.get(6);
        assertEquals(result.outcome(), back.outcome());
        assertEquals(result.message(), back.message());
        assertEquals(result.history().get(1), back.history().get(1));
        assertTrue(Double.isNaN(back.history().get(0).accuracy()));
        assertTrue(Double.isNaN(back.history().get(0).valLoss()));
    }

    @Test
    void aWriterCanSendTheBatchLinesApart() {
        List<String> lines = new ArrayList<>();
        List<String> batches = new ArrayList<>();
        RunListener writer = RunEventLines.writer(lines::add, batches::add);
        writer.started(new RunStart(1, 1, 2, 64, 0, List.of("a", "b")));
        writer.iteration(new IterationProgress(1, 1, 2, 0.7, 0.7, 0.5, 100, 0.1));
        writer.iteration(new IterationProgress(1, 2, 2, 0.6, 0.65, 0.5, 100, 0.2));
        writer.epochEnded(new EpochReport(EpochMetrics.training(1, 0.65, 0.5, 0.2), 1, 100, 0, 0));
        writer.message("done");
        writer.finished(new RunResult(RunResult.Outcome.COMPLETED, List.of(), ""));

        assertEquals(2, batches.size());
        assertTrue(batches.stream().allMatch(l -> l.contains("\"event\": \"iteration\"")), batches.toString());
        assertEquals(4, lines.size());
        assertTrue(lines.stream().noneMatch(l -> l.contains("\"event\": \"iteration\"")), lines.toString());
    }

    @Test
    void aLineOfAnotherVersionOrThatDoesNotReadIsRefusedSayingWhy() {
        RunEventLines.Receiver ignore = run -> {
        };
        IllegalArgumentException newer = assertThrows(IllegalArgumentException.class,
                () -> RunEventLines.decode("@lamina-run/2 {\"event\":\"opened\"}", ignore));
        assertEquals("the training process writes run events of version 2, this Lamina reads version 1",
                newer.getMessage());
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> RunEventLines.decode("@lamina-run/1 {\"event\":\"iteration\",\"epoch\":1}", ignore));
        assertTrue(broken.getMessage().startsWith("a run event does not read ("), broken.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> RunEventLines.decode("@lamina-run/1 {\"event\":\"dance\"}", ignore));
        assertTrue(unknown.getMessage().contains("unknown run event 'dance'"), unknown.getMessage());
        assertFalse(RunEventLines.isEvent("Epoch 1/5"));
        assertThrows(IllegalArgumentException.class, () -> RunEventLines.decode("Epoch 1/5", ignore));
    }
}
