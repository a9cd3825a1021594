// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.model.Model;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final String BLANK = " ".repeat(65) + "\n";

    @Test
    void mnistSummaryMatchesTfKeras() {
        // What tf.keras 2.9-2.12 prints, trailing spaces included.
        String expected = """
                Model: "sequential"
                _________________________________________________________________
                 Layer (type)                Output Shape              Param #  \s
                =================================================================
                 conv2d (Conv2D)             (None, 26, 26, 16)        160      \s
                """ + BLANK + """
                 max_pooling2d (MaxPooling2D  (None, 13, 13, 16)       0        \s
                 )                                                              \s
                """ + BLANK + """
                 flatten (Flatten)           (None, 2704)              0        \s
                """ + BLANK + """
                 dense (Dense)               (None, 128)               346240   \s
                """ + BLANK + """
                 dense_1 (Dense)             (None, 10)                1290     \s
                """ + BLANK + """
                =================================================================
                Total params: 347,690
                Trainable params: 347,690
                Non-trainable params: 0
                _________________________________________________________________
                """;
        assertEquals(expected, Summary.keras(CourseModels.mnistSingleConv()));
    }

    @Test
    void everyRowIsSixtyFiveWide() {
        String summary = Summary.keras(CourseModels.horsesOrHumans());
        summary.lines().filter(line -> line.startsWith(" ") || line.startsWith("=") || line.startsWith("_"))
                .forEach(line -> assertEquals(65, line.length(), line));
    }

    @Test
    void horsesOrHumansWrapsLongLayerNamesAsKerasDoes() {
        String summary = Summary.keras(CourseModels.horsesOrHumans());
        assertTrue(summary.contains("""
                 max_pooling2d_1 (MaxPooling  (None, 73, 73, 32)       0        \s
                 2D)                                                            \s
                """), summary);
        assertTrue(summary.contains(" dense (Dense)               (None, 512)               1606144  "), summary);
        assertTrue(summary.endsWith("""
                Total params: 1,704,097
                Trainable params: 1,704,097
                Non-trainable params: 0
                _________________________________________________________________
                """), summary);
    }

    @Test
    void happyOrSadTotals() {
        assertTrue(Summary.keras(CourseModels.happyOrSad()).contains("Total params: 40,198,145\n"));
    }

    @Test
    void nonTrainableParamsAppearInTotals() {
        Model model = Model.builder().input(8, 8, 3).conv2d(4, 3, ActivationFunction.RELU).batchNormalization()
                .globalAveragePooling2d().dense(2, ActivationFunction.SOFTMAX).build();
        String summary = Summary.keras(model);
        assertTrue(summary.contains("""
                 batch_normalization (BatchN  (None, 6, 6, 4)          16       \s
                 ormalization)                                                  \s
                """), summary);
        assertTrue(summary.contains("""
                 global_average_pooling2d (G  (None, 4)                0        \s
                 lobalAveragePooling2D)                                         \s
                """), summary);
        assertTrue(summary.contains("Total params: 138\nTrainable params: 130\nNon-trainable params: 8\n"), summary);
    }

    @Test
    void extendedSummaryAddsCostsAndMemory() {
        String summary = Summary.extended(CourseModels.mnistSingleConv());
        assertTrue(summary.contains(
                " Layer (type)                Output Shape              Param #     MACs          Activations    \n"),
                summary);
        assertTrue(summary.contains(
                " input_1 (InputLayer)        (None, 28, 28, 1)         0           0             3.06 KB        \n"),
                summary);
        assertTrue(summary.contains(
                " conv2d (Conv2D)             (None, 26, 26, 16)        160         97,344        42.25 KB       \n"),
                summary);
        assertTrue(summary.contains("""
                Total params: 347,690 (1.33 MB)
                Trainable params: 347,690 (1.33 MB)
                Non-trainable params: 0 (0.00 Byte)
                Multiply-accumulates per sample: 444,736
                Activation memory per sample: 66.98 KB
                """), summary);
    }

    @Test
    void extendedSummaryListsProblemsAndUnknownShapes() {
        Model model = Model.builder().input(28, 28, 1).conv2d(16, 3, ActivationFunction.RELU)
                .dense(10, ActivationFunction.SOFTMAX).build();
        String summary = Summary.extended(model);
        assertTrue(summary.contains(" dense (Dense)               ?                         ?           ?"), summary);
        assertTrue(summary.endsWith("error: dense: needs a flat input; add Flatten\n"), summary);
    }

    @Test
    void memoryIsPrintedAsKerasDoes() {
        assertEquals("0.00 Byte", Summary.memory(0));
        assertEquals("1023.00 Byte", Summary.memory(1023));
        assertEquals("1.00 KB", Summary.memory(1024));
        assertEquals("6.50 MB", Summary.memory(6_815_744));
    }
}
