// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import dev.lamina.data.pipeline.Batch;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.EpochBatches;
import dev.lamina.run.config.Loss;

/**
 * Loss (as Keras computes it) and accuracy of a network over every batch of a pipeline, in inference mode: how an
 * epoch's validation is measured, by the local trainer and the Spark job's driver alike.
 */
public final class InferenceMetrics {

    private InferenceMetrics() {
    }

    /** {@code {loss, accuracy}} over one pass of {@code batches}. */
    public static double[] measure(MultiLayerNetwork network, Loss loss, BatchPipeline pipeline) {
        double lossSum = 0;
        long correct = 0;
        long samples = 0;
        StepTensors tensors = new StepTensors();
        try (EpochBatches batches = pipeline.epoch(0)) {
            while (batches.hasNext()) {
                Batch batch = batches.next();
                INDArray features = tensors.of(batch).getFeatures();
                batches.recycle(batch);
                INDArray output = network.output(features, false);
                int units = (int) output.size(1);
                float[] probabilities = output.dup('c').data().asFloat();
                lossSum += KerasLossValue.sum(loss, probabilities, batch.labels(), batch.size(), units);
                correct += KerasLossValue.correct(probabilities, batch.labels(), batch.size(), units);
                samples += batch.size();
            }
        }
        return new double[] { lossSum / samples, (double) correct / samples };
    }
}
