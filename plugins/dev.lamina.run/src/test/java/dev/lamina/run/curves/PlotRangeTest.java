// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlotRangeTest {

    @Test
    void widensToRoundNumbersAboutAQuarterOfTheExtent() {
        assertEquals(new PlotRange(0, 2.5), PlotRange.linear(0.31, 2.3)); // a loss: step 0.5
        assertEquals(new PlotRange(0, 1), PlotRange.linear(0.12, 0.93)); // an accuracy: step 0.2
        assertEquals(new PlotRange(0, 1.5), PlotRange.linear(0.03, 1.04)); // epochs so far
        assertEquals(new PlotRange(-10, 15), PlotRange.linear(-7, 13));
    }

    @Test
    void staysTheSameWhileAGrowingLineStaysInside() {
        PlotRange first = PlotRange.linear(0.03, 1.04);
        for (double last = 1.04; last <= 1.5; last += 0.01) {
            assertEquals(first, PlotRange.linear(0.03, last), "last x " + last);
        }
    }

    @Test
    void aSingleValueOrNothingStillHasAWidth() {
        assertEquals(new PlotRange(0.5, 1.5), PlotRange.linear(1, 1));
        assertEquals(new PlotRange(-0.5, 0.5), PlotRange.linear(0, 0));
        assertEquals(new PlotRange(0, 1), PlotRange.linear(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    @Test
    void aLogAxisShowsWholeDecadesAndOnlyPositiveValues() {
        assertEquals(new PlotRange(0.01, 10), PlotRange.logarithmic(0.02, 2.3));
        assertEquals(new PlotRange(1, 10), PlotRange.logarithmic(1, 1));
        Series loss = new Series(new double[] { 1, 2, 3 }, new double[] { 0, 0.5, 3 });
        assertEquals(new PlotRange(0.1, 10), PlotRange.of(false, true, loss));
        assertEquals(new PlotRange(0, 3), PlotRange.of(false, false, loss));
    }

    @Test
    void coversEverySeriesAndSkipsWhatIsNotFinite() {
        Series training = new Series(new double[] { 0.1, 0.5, Double.NaN }, new double[] { 2, 1, 0.5 });
        Series target = new Series(new double[] { 0, 0.5 }, new double[] { 0.3, 0.3 });
        assertEquals(new PlotRange(0, 0.6), PlotRange.of(true, false, training, target));
        assertEquals(new PlotRange(0, 2), PlotRange.of(false, false, training, target));
    }

    @Test
    void anEpochAxisTicksOnlyWholeEpochs() {
        PlotRange twoEpochs = PlotRange.linear(1, 2); // the comparison of two 2-epoch runs: 1 to 2
        assertEquals(new PlotRange(1, 2), twoEpochs);
        assertEquals(0.2, twoEpochs.tickStep(500, 64, false), 1e-15); // what SWTChart drew: 1.2, 1.4, ...
        assertEquals(1, twoEpochs.tickStep(500, 64, true));
        assertEquals(1, PlotRange.linear(1, 1).tickStep(800, 64, true)); // one epoch: 0.5 to 1.5, a tick at 1
        assertEquals(1, PlotRange.linear(1, 10).tickStep(900, 64, true));
        assertEquals(2, PlotRange.linear(1, 10).tickStep(400, 64, true)); // 0 to 10 narrower: fewer ticks
        assertEquals(20, PlotRange.linear(1, 100).tickStep(400, 64, true));
    }

    @Test
    void stepAndTimeAxesKeepRoundStepsAtLeastMinPixelsApart() {
        assertEquals(200, PlotRange.linear(0, 938).tickStep(500, 64, false)); // steps: 1000 over 500 px
        assertEquals(0.5, PlotRange.linear(0, 3.1).tickStep(1000, 64, false), 1e-15); // seconds: 0 to 4
        for (int pixels : new int[] { 100, 333, 640, 1600 }) {
            PlotRange range = PlotRange.linear(0, 12_345);
            double step = range.tickStep(pixels, 64, false);
            assertTrue(step * pixels / (range.upper() - range.lower()) >= 64, pixels + " px: " + step);
            double smaller = Math.round(step / Math.pow(10, Math.floor(Math.log10(step)))) == 5 ? step / 2.5 : step / 2;
            assertTrue(smaller * pixels / (range.upper() - range.lower()) < 64, pixels + " px: the smallest step");
        }
        assertEquals(1, new PlotRange(3, 3).tickStep(500, 64, false)); // no width: any step draws nothing wrong
    }

    @Test
    void roundStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.5, PlotRange.roundStep(0.4975), 1e-15);
        assertEquals(2, PlotRange.roundStep(2), 1e-15);
        assertEquals(10, PlotRange.roundStep(5.01), 1e-15);
        assertEquals(0.001, PlotRange.roundStep(0.001), 1e-18);
    }

    @Test
    void extentsAtTheLimitsOfTheDoublesStillGiveAnAxisSWTChartTakes() {
        // SWTChart refuses a range whose ends are equal, or not finite
        for (double v : new double[] { 1, 2.2, 0.3, 7.000000000000001, 1e-300, 123456.789, -3.5 }) {
            for (double other : new double[] { Math.nextUp(v), v + Math.ulp(v) * 3 }) {
                PlotRange r = PlotRange.linear(v, other);
                assertTrue(Double.isFinite(r.lower()) && Double.isFinite(r.upper()) && r.lower() < r.upper(),
                        v + " to " + other + ": " + r);
                assertTrue(r.lower() <= v && r.upper() >= other, v + " to " + other + ": " + r);
            }
        }
        PlotRange huge = PlotRange.linear(-1e308, 1e308);
        assertTrue(Double.isFinite(huge.lower()) && Double.isFinite(huge.upper()) && huge.lower() < huge.upper(),
                huge.toString());
    }
}
