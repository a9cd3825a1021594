// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void roundStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.5, PlotRange.roundStep(0.4975), 1e-15);
        assertEquals(2, PlotRange.roundStep(2), 1e-15);
        assertEquals(10, PlotRange.roundStep(5.01), 1e-15);
        assertEquals(0.001, PlotRange.roundStep(0.001), 1e-18);
    }
}
