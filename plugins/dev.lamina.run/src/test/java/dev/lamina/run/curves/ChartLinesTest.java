// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.lamina.run.config.StopCondition;
import dev.lamina.run.config.TrainingMetric;

class ChartLinesTest {

    /** 3 epochs of 1,000 steps; validation loss best at epoch 2, then rising. */
    private static final double[] VAL_X = { 1, 2, 3 };
    private static final double[] VAL_LOSS = { 0.5, 0.3, 0.4 };

    private static Series steps() {
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i + 1) / 1000.0;
            y[i] = i % 2 == 0 ? 1.0 : 0.0; // alternating: the smoothed line lies between
        }
        return new Series(x, y);
    }

    @Test
    void decimatesTheStepsSmoothsThemAndMarksTheBestValidationPoint() {
        ChartLines lines = ChartLines.of(steps(), new Series(VAL_X, VAL_LOSS), true, null, 200, false);
        assertTrue(lines.training().size() <= 800, "drawn " + lines.training().size());
        assertEquals(3.0, lines.training().x()[lines.training().size() - 1]);
        double last = lines.smoothed().y()[lines.smoothed().size() - 1];
        assertTrue(last > 0.2 && last < 0.8, "smoothed " + last);
        assertArrayEquals(new double[] { 2 }, lines.best().x());
        assertArrayEquals(new double[] { 0.3 }, lines.best().y());
        assertEquals(0, lines.target().size(), "no stop condition, no target line");
    }

    @Test
    void theBestAccuracyIsTheHighestAndTheTargetSpansTheRun() {
        StopCondition stop = new StopCondition(TrainingMetric.ACCURACY, true, 0.9, "done");
        ChartLines lines = ChartLines.of(steps(), new Series(VAL_X, new double[] { 0.8, 0.95, 0.9 }), false, stop,
                200, false);
        assertArrayEquals(new double[] { 0.95 }, lines.best().y());
        assertArrayEquals(new double[] { 0, 3 }, lines.target().x());
        assertArrayEquals(new double[] { 0.9, 0.9 }, lines.target().y());
    }

    @Test
    void aLogAxisDrawsOnlyPositivePointsAndNoTargetAtZero() {
        ChartLines lines = ChartLines.of(steps(), new Series(VAL_X, new double[] { 0.5, 0.0, Double.NaN }), true,
                new StopCondition(TrainingMetric.LOSS, false, 0, "done"), 200, true);
        for (double y : lines.training().y()) {
            assertTrue(y > 0, "drawn " + y);
        }
        assertArrayEquals(new double[] { 0.5 }, lines.validation().y());
        assertEquals(0, lines.best().size(), "the best point, 0.0, cannot be drawn on a log axis");
        assertEquals(0, lines.target().size());
    }
}
