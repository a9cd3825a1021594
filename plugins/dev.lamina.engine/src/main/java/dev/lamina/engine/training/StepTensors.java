// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.Arrays;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.data.pipeline.Batch;

/**
 * A training step's (or a validation batch's) features and labels as off-heap tensors kept from step to step: each
 * batch is copied into the same two arrays (new ones only when the shape changes, e.g. for an epoch's last, smaller
 * batch), in the shapes {@link BatchTensors} gives them.
 * <p>
 * {@link BatchTensors} makes a new off-heap copy per call, which ND4J frees only when Java's collector gets to its
 * Java object: a batch of 32 horses images is 35 MB, so a few steps' batches stayed resident and each step faulted in
 * fresh pages (horses batch 32: peak RSS 1,548–1,580 → 1,404–1,444 MiB, 0.40–0.41 → 0.33–0.35 s/step). A step's
 * tensors are read only while its {@code fit} (or the validation's {@code output}) runs, so the next step may
 * overwrite them. Not thread-safe.
 */
public final class StepTensors {

    private INDArray features;
    private INDArray labels;

    /** The batch in this object's tensors; valid until the next call. */
    public DataSet of(Batch batch) {
        return of(batch.features(), BatchTensors.featureShape(batch), batch.labels(), BatchTensors.labelShape(batch));
    }

    /**
     * {@code featureValues} as a C-order array of {@code featureShape} and {@code labelValues} of {@code labelShape},
     * in this object's tensors; valid until the next call.
     */
    public DataSet of(float[] featureValues, long[] featureShape, float[] labelValues, long[] labelShape) {
        features = fill(features, featureValues, featureShape);
        labels = fill(labels, labelValues, labelShape);
        return new DataSet(features, labels);
    }

    private static INDArray fill(INDArray tensor, float[] values, long[] shape) {
        long length = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        if (length > values.length) {
            throw new IllegalArgumentException("a shape of " + length + " values for an array of " + values.length);
        }
        if (tensor == null || !Arrays.equals(tensor.shape(), shape)) {
            try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                tensor = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
            }
        }
        tensor.data().asNioFloat().put(0, values, 0, (int) length);
        return tensor;
    }
}
