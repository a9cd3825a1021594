package dev.lamina.engine.training;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.data.pipeline.Batch;

/** A pipeline batch as ND4J tensors: NCHW features, labels as {@code [n, classes]} or {@code [n, 1]}. */
final class BatchTensors {

    private BatchTensors() {
    }

    static DataSet toDataSet(Batch batch) {
        return new DataSet(features(batch), labels(batch));
    }

    static INDArray features(Batch batch) {
        int[] s = batch.featureShape();
        return Nd4j.create(batch.features(), new long[] { s[0], s[1], s[2], s[3] }, 'c');
    }

    static INDArray labels(Batch batch) {
        int[] s = batch.labelShape();
        long columns = s.length == 1 ? 1 : s[1];
        return Nd4j.create(batch.labels(), new long[] { s[0], columns }, 'c');
    }
}
