// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.shape.ShapeInference;
import dev.lamina.core.summary.TrainingMemory;

/** Out of memory names the batch size that fits, by the editor's estimate with DL4J's measured appetite. */
class BatchFitTest {

    private static final long GIB = 1L << 30;

    @Test
    void theHorsesModelAtTheCoursesBatchSizeGetsABatchThatFits() {
        // 3 GiB for tensors: the course's batch of 128 took 7 GiB (measured), about 50 images fit
        String advice = BatchFit.advice(CourseModels.horsesOrHumans(), 128, 3 * GIB);
        Matcher m = Pattern.compile("batch size (\\d+) fits in the 3.0 GiB").matcher(advice);
        assertTrue(m.find(), advice);
        int suggested = Integer.parseInt(m.group(1));
        TrainingMemory neutral = TrainingMemory.of(ShapeInference.analyze(CourseModels.horsesOrHumans()), 1);
        long perImage = neutral.activationBytes() * EngineMemory.ACTIVATION_COPIES;
        assertTrue(suggested < 128 && neutral.parameterTotal() + perImage * suggested <= 3 * GIB
                && neutral.parameterTotal() + perImage * (suggested + 1) > 3 * GIB, advice);
        assertTrue(suggested > 32 && suggested < 64, "batch 32 took 1.7 GiB, 128 took 7 GiB: " + advice);
    }

    @Test
    void neverSuggestsTheBatchThatJustFailed() {
        String advice = BatchFit.advice(CourseModels.mnistSingleConv(), 32, 64 * GIB);
        assertTrue(advice.contains("batch size 31 fits"), "the estimate is only an estimate: " + advice);
    }

    @Test
    void saysSoWhenNothingFitsAndStaysQuietWithoutAFigure() {
        assertTrue(BatchFit.advice(CourseModels.horsesOrHumans(), 32, 1024).contains("not even its parameters"));
        assertEquals("", BatchFit.advice(CourseModels.horsesOrHumans(), 32, 0));
    }
}
