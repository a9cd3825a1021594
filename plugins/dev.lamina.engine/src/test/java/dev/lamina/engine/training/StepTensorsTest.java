// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import dev.lamina.data.pipeline.Batch;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.EpochBatches;
import dev.lamina.data.pipeline.PipelineOptions;

/**
 * A training step's tensors are the pipeline's batch, copied into the same two off-heap arrays step after step, and
 * into new ones only when the shape changes (an epoch's last, smaller batch).
 */
class StepTensorsTest {

    @Test
    void eachBatchLandsInTheSameArraysUntilItsShapeChanges() {
        PipelineOptions options = PipelineOptions.defaults().withBatchSize(32).withShuffle(true, 3)
                .withRescale(1 / 255f);
        StepTensors tensors = new StepTensors();
        List<INDArray> featureArrays = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        try (BatchPipeline pipeline = new BatchPipeline(FashionMnist.train(3 * 32 + 7), options);
                EpochBatches epoch = pipeline.epoch(0)) {
            while (epoch.hasNext()) {
                Batch batch = epoch.next();
                DataSet fresh = BatchTensors.toDataSet(batch);
                DataSet step = tensors.of(batch);
                assertEquals(fresh.getFeatures(), step.getFeatures(), "features of batch " + rows.size());
                assertEquals(fresh.getLabels(), step.getLabels(), "labels of batch " + rows.size());
                featureArrays.add(step.getFeatures());
                rows.add(step.getFeatures().size(0));
                epoch.recycle(batch);
            }
        }
        assertEquals(List.of(32L, 32L, 32L, 7L), rows);
        assertSame(featureArrays.get(0), featureArrays.get(1));
        assertSame(featureArrays.get(0), featureArrays.get(2));
        assertNotSame(featureArrays.get(0), featureArrays.get(3), "the last batch is smaller");
    }
}
