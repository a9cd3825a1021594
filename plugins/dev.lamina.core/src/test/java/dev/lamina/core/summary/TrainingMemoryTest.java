// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.ShapeInference;
import org.junit.jupiter.api.Test;

class TrainingMemoryTest {

    @Test
    void activationsScaleWithTheBatchAndParametersCountFourTimes() {
        Analysis analysis = ShapeInference.analyze(CourseModels.mnistSingleConv());
        TrainingMemory memory = TrainingMemory.of(analysis, 32);
        assertEquals(analysis.activationBytes() * 32, memory.activationTotal());
        assertEquals(analysis.parameterBytes() * TrainingMemory.PARAMETER_COPIES, memory.parameterTotal());
        assertEquals(memory.activationTotal() + memory.parameterTotal(), memory.total());
        assertEquals(347_690L * 4 * 4, memory.parameterTotal());
    }

    @Test
    void largestBatchIsWhatIsLeftAfterTheParameters() {
        TrainingMemory memory = new TrainingMemory(1_000, 250, 8);
        assertEquals(10, memory.largestBatchFitting(1_000 + 10_000));
        assertEquals(10, memory.largestBatchFitting(1_000 + 10_999));
        assertEquals(0, memory.largestBatchFitting(1_000));
        assertEquals(0, memory.largestBatchFitting(10));
        assertEquals(Long.MAX_VALUE, new TrainingMemory(0, 250, 8).largestBatchFitting(2_000));
    }

    @Test
    void hugeModelsSaturateInsteadOfOverflowing() {
        TrainingMemory memory = new TrainingMemory(Long.MAX_VALUE / 2, Long.MAX_VALUE / 3, 4);
        assertEquals(Long.MAX_VALUE, memory.activationTotal());
        assertEquals(Long.MAX_VALUE, memory.parameterTotal());
        assertEquals(Long.MAX_VALUE, memory.total());
    }
}
