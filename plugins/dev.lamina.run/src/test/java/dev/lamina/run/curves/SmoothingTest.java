// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmoothingTest {

    @Test
    void debiasedExponentialAverageAsTensorBoardDrawsIt() {
        double[] smooth = Smoothing.exponential(new double[] { 2, 1, 1 }, 0.5);
        // the first value is kept (debiased), then (0.5 * 1 + 0.5 * 1) / 0.75 and so on
        assertEquals(2, smooth[0], 1e-12);
        assertEquals((0.5 * 1 + 0.25 * 2) / 0.75, smooth[1], 1e-12);
        assertEquals((0.5 * 1 + 0.25 * 1 + 0.125 * 2) / 0.875, smooth[2], 1e-12);
        assertArrayEquals(new double[] { 3, 1 }, Smoothing.exponential(new double[] { 3, 1 }, 0), 1e-12);
    }

    @Test
    void aNonFiniteStepDoesNotEraseTheRestOfTheLine() {
        double[] smooth = Smoothing.exponential(new double[] { 1, Double.NaN, 1, 1 }, 0.8);
        assertTrue(Double.isNaN(smooth[1]));
        assertEquals(1, smooth[3], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Smoothing.exponential(new double[0], 1));
    }
}
