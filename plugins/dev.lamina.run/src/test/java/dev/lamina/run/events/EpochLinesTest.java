// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.lamina.run.metrics.EpochMetrics;

class EpochLinesTest {

    @Test
    void keepsKerasLayout() {
        assertEquals("Epoch 3/10", EpochLines.header(3, 10));
        assertEquals("10/10 [==============================] - 2s 200ms/step - loss: 0.5000 - accuracy: 0.8000"
                + " - val_loss: 0.6000 - val_accuracy: 0.7500",
                EpochLines.epochEnd(10, new EpochMetrics(1, 0.5, 0.8, 0.6, 0.75, 2.0)));
        assertEquals(" 5/10 [==============>...............] - 1s 200ms/step - loss: 0.4000 - accuracy: 0.9000",
                EpochLines.progress(new RunListener.IterationProgress(1, 5, 10, 0.3, 0.4, 0.9, 100, 1.0)));
    }
}
