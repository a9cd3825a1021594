// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonObject;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    // true:      0 0 1 1 2 2 2 0
    // predicted: 0 1 1 1 2 0 1 0
    // matrix rows (true): [2 1 0] [0 2 0] [1 1 1]
    static final int[] ACTUAL = {0, 0, 1, 1, 2, 2, 2, 0};
    static final int[] PREDICTED = {0, 1, 1, 1, 2, 0, 1, 0};
    static final double E = 1e-12;

    @Test
    void computesTheMetricsByHand() {
        ConfusionMatrix m = ConfusionMatrix.of(3, ACTUAL, PREDICTED);
        assertArrayEquals(new long[] {2, 1, 0}, m.toArray()[0]);
        assertArrayEquals(new long[] {0, 2, 0}, m.toArray()[1]);
        assertArrayEquals(new long[] {1, 1, 1}, m.toArray()[2]);
        assertEquals(8, m.total());
        assertEquals(5, m.correct());
        assertEquals(0.625, m.accuracy(), E);
        assertEquals(2.0 / 3, m.precision(0), E);
        assertEquals(0.5, m.precision(1), E);
        assertEquals(1.0, m.precision(2), E);
        assertEquals(2.0 / 3, m.recall(0), E);
        assertEquals(1.0, m.recall(1), E);
        assertEquals(1.0 / 3, m.recall(2), E);
        assertEquals(2.0 / 3, m.f1(0), E);
        assertEquals(2.0 / 3, m.f1(1), E);
        assertEquals(0.5, m.f1(2), E);
        assertEquals((2.0 / 3 + 0.5 + 1) / 3, m.macroPrecision(), E);
        assertEquals((2.0 / 3 + 1 + 1.0 / 3) / 3, m.macroRecall(), E);
        assertEquals((2.0 / 3 + 2.0 / 3 + 0.5) / 3, m.macroF1(), E);
        assertEquals(0.75, m.weightedPrecision(), E);
        assertEquals(0.625, m.weightedRecall(), E);
        assertEquals((2 + 4.0 / 3 + 1.5) / 8, m.weightedF1(), E);
    }

    @Test
    void undefinedMetricsAreZero() {
        // class 2 never occurs and is never predicted; class 1 is never predicted
        ConfusionMatrix m = ConfusionMatrix.of(3, new int[] {0, 1, 0}, new int[] {0, 0, 0});
        assertEquals(0, m.precision(1));
        assertEquals(0, m.recall(2));
        assertEquals(0, m.f1(2));
        assertEquals(2.0 / 3, m.precision(0), E);
        assertEquals(0, new ConfusionMatrix.Builder(2).build().accuracy());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(2, new int[] {0, 2}, new int[] {0, 0}));
        assertEquals("sample 1: true class 2 is outside 0..1", e.getMessage());
    }

    @Test
    void textMatchesScikitLearn() {
        ClassificationReport report = new ClassificationReport(ConfusionMatrix.of(3, ACTUAL, PREDICTED),
                List.of("a", "b", "c"));
        String expected = """
                              precision    recall  f1-score   support

                           a       0.67      0.67      0.67         3
                           b       0.50      1.00      0.67         2
                           c       1.00      0.33      0.50         3

                    accuracy                           0.62         8
                   macro avg       0.72      0.67      0.61         8
                weighted avg       0.75      0.62      0.60         8
                """;
        assertEquals(expected, report.classificationText());
        assertEquals("""
                true \\ predicted  a  b  c
                a                 2  1  0
                b                 0  2  0
                c                 1  1  1
                """, report.matrixText());
    }

    @Test
    void jsonHoldsTheSameNumbers() {
        ClassificationReport report = new ClassificationReport(ConfusionMatrix.of(3, ACTUAL, PREDICTED), null);
        JsonObject json = Json.parse(Json.write(report.toJson())).asObject();
        assertEquals(8, json.getInt("samples"));
        assertEquals(0.625, json.getDouble("accuracy"));
        JsonObject c = json.getArray("classes").get(2).asObject();
        assertEquals("2", c.getString("name"));
        assertEquals(1.0 / 3, c.getDouble("recall"), E);
        assertEquals(3, c.getInt("support"));
        assertEquals(0.75, json.getObject("weighted_avg").getDouble("precision"), E);
        assertArrayEquals(new int[] {1, 1, 1}, json.getArray("confusion_matrix").get(2).asArray().asInts());
    }

    @Test
    void predictionsFollowTheCourse() {
        assertArrayEquals(new int[] {0, 1, 0}, Predictions.classes(new float[] {0.5f, 0.5001f, 0.1f}, 3));
        assertArrayEquals(new int[] {2, 0}, Predictions.classes(new float[] {0.1f, 0.2f, 0.7f, 0.4f, 0.4f, 0.2f}, 2));
        assertEquals(2, Predictions.classCount(1));
        assertEquals(10, Predictions.classCount(10));
    }
}
