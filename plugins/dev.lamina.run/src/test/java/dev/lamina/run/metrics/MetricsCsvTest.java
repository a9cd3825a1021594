// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.data.DataException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCsvTest {

    @TempDir
    Path dir;

    @Test
    void appendsAtomicallyAndReadsBack() throws Exception {
        Path file = dir.resolve("metrics.csv");
        MetricsCsv csv = MetricsCsv.create(file);
        assertEquals("epoch,loss,accuracy,val_loss,val_accuracy,seconds\n", Files.readString(file));
        EpochMetrics first = new EpochMetrics(1, 0.6931, 0.5, 0.65, 0.55, 12.25);
        EpochMetrics second = EpochMetrics.training(2, 1e-5, 0.998, 11);
        csv.append(first);
        csv.append(second);
        assertEquals("""
                epoch,loss,accuracy,val_loss,val_accuracy,seconds
                1,0.6931,0.5,0.65,0.55,12.25
                2,0.00001,0.998,,,11
                """, Files.readString(file));
        List<EpochMetrics> rows = MetricsCsv.read(file);
        assertEquals(first, rows.get(0));
        assertEquals(2, rows.get(1).epoch());
        assertTrue(Double.isNaN(rows.get(1).valLoss()));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }

        MetricsCsv resumed = MetricsCsv.open(file);
        assertEquals(2, resumed.rows().size());
        resumed.append(EpochMetrics.training(3, 0.1, 0.9, 10));
        assertEquals(3, MetricsCsv.read(file).size());
        assertThrows(IllegalArgumentException.class, () -> resumed.append(EpochMetrics.training(3, 0.1, 0.9, 10)));
    }

    @Test
    void readsKerasCsvLoggerFilesByHeaderName() throws Exception {
        Path file = Files.writeString(dir.resolve("keras.csv"), "epoch,accuracy,loss,lr\n1,0.9,0.3,0.001\n2,0.95,nan,0.001\n");
        List<EpochMetrics> rows = MetricsCsv.read(file);
        assertEquals(0.9, rows.get(0).accuracy());
        assertEquals(0.3, rows.get(0).loss());
        assertTrue(Double.isNaN(rows.get(1).loss()));
        assertTrue(Double.isNaN(rows.get(0).seconds()));
    }

    @Test
    void errorsNameFileAndLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "epoch,loss,accuracy,val_loss,val_accuracy,seconds\n1,0.5,x,,,1\n");
        DataException e = assertThrows(DataException.class, () -> MetricsCsv.read(bad));
        assertEquals(bad + ": line 2: accuracy \"x\" is not a number", e.getMessage());
        Path short1 = Files.writeString(dir.resolve("short.csv"), "epoch,loss,accuracy,val_loss,val_accuracy,seconds\n1,0.5\n");
        assertEquals(short1 + ": line 2: expected 6 values, got 2",
                assertThrows(DataException.class, () -> MetricsCsv.read(short1)).getMessage());
    }
}
