// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class DecimationTest {

    /** 100,000 noisy loss steps with two spikes, as a long run's iterations.csv holds. */
    private static Series noisyLoss() {
        Random random = new Random(7);
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = 2.3 * Math.exp(-i / 20_000.0) + 0.1 * random.nextGaussian() + 0.2;
        }
        y[31_337] = 9.5;
        y[77_000] = -1.25;
        return new Series(x, y);
    }

    @Test
    void keepsAtMostFourPointsPerColumnWithEveryExtremeAndBothEnds() {
        Series loss = noisyLoss();
        Series drawn = Decimation.minMax(loss, 800, false);
        assertTrue(drawn.size() <= 4 * 800, "points drawn: " + drawn.size());
        assertTrue(drawn.size() >= 2 * 800, "points drawn: " + drawn.size());
        assertEquals(1, drawn.x()[0]);
        assertEquals(loss.y()[0], drawn.y()[0]);
        assertEquals(100_000, drawn.x()[drawn.size() - 1]);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < drawn.size(); i++) {
            max = Math.max(max, drawn.y()[i]);
            min = Math.min(min, drawn.y()[i]);
            if (i > 0) {
                assertTrue(drawn.x()[i] > drawn.x()[i - 1], "x ascending at " + i);
            }
        }
        assertEquals(9.5, max);
        assertEquals(-1.25, min);
        // the data itself is untouched
        assertEquals(100_000, loss.size());
        assertEquals(9.5, loss.y()[31_337]);
    }

    @Test
    void everyColumnKeepsItsOwnMinimumAndMaximum() {
        Series loss = noisyLoss();
        int columns = 500;
        Series drawn = Decimation.minMax(loss, columns, false);
        double width = (100_000 - 1) / (double) columns;
        for (int c = 0; c < columns; c += 37) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < loss.size(); i++) {
                if (Math.min(columns - 1, (int) ((loss.x()[i] - 1) / width)) == c) {
                    lo = Math.min(lo, loss.y()[i]);
                    hi = Math.max(hi, loss.y()[i]);
                }
            }
            double dlo = Double.POSITIVE_INFINITY;
            double dhi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < drawn.size(); i++) {
                if (Math.min(columns - 1, (int) ((drawn.x()[i] - 1) / width)) == c) {
                    dlo = Math.min(dlo, drawn.y()[i]);
                    dhi = Math.max(dhi, drawn.y()[i]);
                }
            }
            assertEquals(lo, dlo, "column " + c);
            assertEquals(hi, dhi, "column " + c);
        }
    }

    @Test
    void aShortLineIsKeptAndPointsALogAxisCannotShowAreLeftOut() {
        Series few = new Series(new double[] { 1, 2, 3 }, new double[] { 0.5, 0.25, 0.125 });
        assertSame(few, Decimation.minMax(few, 800, true));
        Series gaps = new Series(new double[] { 1, 2, 3, 4 }, new double[] { 0.5, Double.NaN, 0, 0.1 });
        Series linear = Decimation.minMax(gaps, 800, false);
        assertArrayEquals(new double[] { 1, 3, 4 }, linear.x());
        Series log = Decimation.minMax(gaps, 800, true);
        assertArrayEquals(new double[] { 1, 4 }, log.x());
        assertArrayEquals(new double[] { 0.5, 0.1 }, log.y());
    }
}
