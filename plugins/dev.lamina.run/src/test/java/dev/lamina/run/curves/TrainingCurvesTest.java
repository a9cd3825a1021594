// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.data.DataException;
import dev.lamina.run.folder.RunLayout;

class TrainingCurvesTest {

    @TempDir
    Path folder;

    /** A stopped run as the engine leaves it: two epochs of 4 steps, then 2 steps of the third. */
    private void stoppedRun() throws IOException {
        Files.writeString(folder.resolve(RunLayout.METRICS), """
                epoch,loss,accuracy,val_loss,val_accuracy,seconds
                1,1.2,0.55,1.0,0.62,10
                2,0.8,0.71,0.9,0.66,12
                """);
        Files.writeString(folder.resolve(RunLayout.ITERATIONS), """
                epoch,batch,loss,accuracy,samples_per_second
                1,1,2.300000,0.100000,120.0
                1,2,1.500000,0.300000,125.0
                1,3,1.100000,0.450000,128.0
                1,4,0.900000,0.550000,130.0
                2,1,0.850000,0.680000,131.0
                2,2,0.800000,0.700000,131.0
                2,3,0.780000,0.710000,131.0
                2,4,0.760000,0.710000,131.0
                3,1,0.700000,0.740000,131.0
                3,2,0.690000,0.750000,131.0
                """);
    }

    @Test
    void readsARunFolderOnEveryAxis() throws IOException {
        stoppedRun();
        TrainingCurves curves = TrainingCurves.read(folder);
        assertEquals(10, curves.steps().size());
        assertEquals(4, curves.batchesPerEpoch());
        assertArrayEquals(new double[] { 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5 },
                curves.trainingLoss(XAxis.EPOCH).x(), 1e-12);
        assertArrayEquals(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, curves.trainingLoss(XAxis.BATCH).x());
        // epoch 1: 10 s over 4 steps; epoch 2 starts at 10 s, 12 s over 4 steps; epoch 3 at the mean 2.75 s a step
        assertArrayEquals(new double[] { 2.5, 5, 7.5, 10, 13, 16, 19, 22, 24.75, 27.5 },
                curves.trainingLoss(XAxis.TIME).x(), 1e-9);
        assertArrayEquals(new double[] { 1, 2 }, curves.validationLoss(XAxis.EPOCH).x());
        assertArrayEquals(new double[] { 4, 8 }, curves.validationLoss(XAxis.BATCH).x());
        assertArrayEquals(new double[] { 10, 22 }, curves.validationAccuracy(XAxis.TIME).x());
        assertArrayEquals(new double[] { 0.62, 0.66 }, curves.validationAccuracy(XAxis.TIME).y());
        assertEquals(0.69, curves.trainingLoss(XAxis.EPOCH).y()[9]);
        assertEquals(0.75, curves.trainingAccuracy(XAxis.EPOCH).y()[9]);
    }

    @Test
    void aBrokenRowNamesTheFileAndLine() throws IOException {
        stoppedRun();
        Files.writeString(folder.resolve(RunLayout.ITERATIONS), "epoch,batch,loss,accuracy\n1,1,abc,0.1\n");
        DataException e = assertThrows(DataException.class, () -> TrainingCurves.read(folder));
        assertTrue(e.getMessage().contains(RunLayout.ITERATIONS) && e.getMessage().contains("line 2"),
                e.getMessage());
    }

    @Test
    void csvExportHoldsEveryStepAndEveryValidatedEpoch() throws IOException {
        stoppedRun();
        TrainingCurves curves = TrainingCurves.read(folder);
        Path csv = folder.resolve("out/curves.csv");
        Files.createDirectories(csv.getParent());
        CurvesCsv.write(csv, curves, 0.6);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", CurvesCsv.COLUMNS), lines.getFirst());
        assertEquals(1 + 10 + 2, lines.size());
        assertTrue(lines.get(1).startsWith("training,1,1,1,2.5,2.3,0.1,"), lines.get(1));
        String[] first = lines.get(1).split(",");
        // the first smoothed values are the values themselves (debiased)
        assertEquals(2.3, Double.parseDouble(first[7]), 1e-12);
        assertEquals(0.1, Double.parseDouble(first[8]), 1e-12);
        assertTrue(lines.get(10).startsWith("training,3,2,10,27.5,0.69,0.75,"), lines.get(10));
        assertEquals("validation,1,,4,10,1,0.62,,", lines.get(11));
        assertEquals("validation,2,,8,22,0.9,0.66,,", lines.get(12));
    }

    @Test
    void csvExportOfAHundredThousandStepsIsNotDecimated() {
        List<BatchPoint> steps = new java.util.ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            steps.add(new BatchPoint(i / 1000 + 1, i % 1000 + 1, 1000, i * 0.01, 1.0 / (i + 1), 0.5));
        }
        String text = CurvesCsv.format(new TrainingCurves(steps, List.of()), 0.8);
        assertEquals(100_001, text.lines().count());
    }
}
