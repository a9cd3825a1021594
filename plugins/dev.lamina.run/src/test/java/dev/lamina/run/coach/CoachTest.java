// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.run.config.StopCondition;
import dev.lamina.run.config.TrainingMetric;
import dev.lamina.run.curves.BatchPoint;
import dev.lamina.run.curves.TrainingCurves;
import dev.lamina.run.events.RunResult.Outcome;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.MetricsCsv;

class CoachTest {

    @TempDir
    Path folder;

    /** The curves of a run folder holding {@code metrics} as its metrics.csv (and no iterations.csv). */
    private TrainingCurves metrics(String metrics) throws IOException {
        Files.writeString(folder.resolve(RunLayout.METRICS), metrics);
        return TrainingCurves.read(folder);
    }

    @Test
    void overfittingNamesTheEpochsAndLosses() throws IOException {
        // the shape of Fashion-MNIST with a big Dense layer: validation bottoms out at epoch 4
        TrainingCurves curves = metrics("""
                epoch,loss,accuracy,val_loss,val_accuracy,seconds
                1,0.5123,0.8188,0.4210,0.8490,31.2
                2,0.3581,0.8701,0.3712,0.8655,30.8
                3,0.3144,0.8853,0.3400,0.8779,30.9
                4,0.2850,0.8950,0.3302,0.8810,31.0
                5,0.2601,0.9031,0.3388,0.8800,31.1
                6,0.2410,0.9101,0.3521,0.8795,30.7
                """);
        List<Hint> hints = Coach.hints(curves, 10, null, null);
        assertEquals(1, hints.size(), hints.toString());
        assertEquals(Hint.Kind.OVERFITTING, hints.getFirst().kind());
        assertEquals("overfitting: validation loss rose for 2 epochs, 0.3302 at epoch 4 to 0.3521 at epoch 6, while"
                + " training loss fell from 0.2850 to 0.2410: try Dropout or augmentation", hints.getFirst().text());
    }

    @Test
    void oneRisingEpochIsNotOverfittingNorIsRisingTrainingLoss() throws IOException {
        TrainingCurves curves = metrics("""
                epoch,loss,accuracy,val_loss,val_accuracy,seconds
                1,0.51,0.81,0.42,0.84,31
                2,0.35,0.87,0.37,0.86,31
                3,0.31,0.88,0.39,0.86,31
                4,0.29,0.89,0.36,0.88,31
                5,0.30,0.89,0.37,0.88,31
                6,0.31,0.88,0.38,0.87,31
                """);
        assertEquals(List.of(), Coach.hints(curves, 10, null, null));
    }

    @Test
    void aBinaryModelStuckAtHalf() throws IOException {
        // horses-or-humans with a learning rate of 0.1: the sigmoid saturates and accuracy sits at chance
        TrainingCurves curves = metrics("""
                epoch,loss,accuracy,val_loss,val_accuracy,seconds
                1,7.7125,0.4985,7.6666,0.5,12
                2,7.7125,0.5015,7.6666,0.5,12
                3,7.7125,0.4961,7.6666,0.5,12
                4,7.7125,0.5005,7.6666,0.5,12
                """);
        List<Hint> hints = Coach.hints(curves, 2, null, Outcome.COMPLETED);
        assertEquals(1, hints.size(), hints.toString());
        assertEquals("accuracy stuck near 0.5 for epochs 2-4 (0.5015, 0.4961, 0.5005) in a two-class model: the"
                + " learning rate may be too high, or the labels unbalanced", hints.getFirst().text());
        // ten classes at 0.5 accuracy are not stuck
        assertEquals(List.of(), Coach.hints(curves, 10, null, Outcome.COMPLETED));
    }

    @Test
    void aNonFiniteLossNamesTheStep() {
        List<BatchPoint> steps = List.of(new BatchPoint(1, 1, 3, 0.1, 2.3026, 0.1),
                new BatchPoint(1, 2, 3, 0.2, 45.12, 0.1), new BatchPoint(1, 3, 3, 0.3, Double.NaN, 0.1));
        List<Hint> hints = Coach.hints(new TrainingCurves(steps, List.of()), 10, null, null);
        assertEquals("loss NaN at epoch 1, batch 3 (the step before: 45.1200): lower the learning rate, or check"
                + " that the inputs are rescaled (rescale 1/255)", hints.getFirst().text());
        // the engine stops before it records the NaN step: the outcome says so
        List<Hint> stopped = Coach.hints(new TrainingCurves(steps.subList(0, 2), List.of()), 10, null,
                Outcome.NON_FINITE_LOSS);
        assertEquals(Hint.Kind.NON_FINITE_LOSS, stopped.getFirst().kind());
        assertTrue(stopped.getFirst().text().contains("epoch 1, batch 2 (loss 45.1200)"), stopped.toString());
    }

    @Test
    void theTargetReachedAndStillLearning() throws IOException {
        TrainingCurves curves = metrics(MetricsCsv.format(List.of(
                dev.lamina.run.metrics.EpochMetrics.training(1, 0.2, 0.94, 20),
                dev.lamina.run.metrics.EpochMetrics.training(2, 0.07, 0.978, 20),
                dev.lamina.run.metrics.EpochMetrics.training(3, 0.04, 0.9991, 20))));
        StopCondition stop = new StopCondition(TrainingMetric.ACCURACY, true, 0.998, null);
        List<Hint> hints = Coach.hints(curves, 10, stop, Outcome.REACHED_TARGET);
        assertEquals(List.of(new Hint(Hint.Kind.TARGET_REACHED, "target reached: accuracy 0.9991 above 0.998 at"
                + " epoch 3")), hints);
        List<Hint> completed = Coach.hints(curves, 10, null, Outcome.COMPLETED);
        assertEquals(List.of(new Hint(Hint.Kind.STILL_IMPROVING, "still learning: training loss fell from 0.0700 to"
                + " 0.0400 in the last epoch (3, -42.9 %): more epochs may help")), completed);
    }
}
