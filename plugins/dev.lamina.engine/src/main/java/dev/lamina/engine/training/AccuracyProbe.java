// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.List;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Counts correct training predictions the way Keras reports training accuracy: with the weights before the step,
 * during the step. DL4J hands listeners the activations up to the output layer; the output layer's pre-activation
 * is one small matrix product away, and its arg-max (or sign, for one sigmoid unit) is the prediction. This costs
 * far less than a second forward pass: per batch one matrix product into a reused buffer, one bias add and one copy
 * of the {@code [n, units]} scores to the heap, where the arg-max and the comparison with the labels run (each
 * further ND4J call or allocation costs tens of microseconds, a measurable share of a small model's step).
 */
final class AccuracyProbe extends BaseTrainingListener {

    private final boolean binary;
    private INDArray labels;
    private INDArray scores;
    private long correct;
    private long seen;

    AccuracyProbe(boolean binary) {
        this.binary = binary;
    }

    /** The labels of the batch about to be fitted: {@code [n, classes]} one-hot or {@code [n, 1]}. */
    void expect(INDArray batchLabels) {
        this.labels = batchLabels;
    }

    void reset() {
        correct = 0;
        seen = 0;
    }

    double accuracy() {
        return seen == 0 ? Double.NaN : (double) correct / seen;
    }

    @Override
    public void onForwardPass(Model model, List<INDArray> activations) {
        MultiLayerNetwork network = (MultiLayerNetwork) model;
        int output = network.getnLayers() - 1;
        try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            INDArray input = activations.get(activations.size() - 1);
            InputPreProcessor preProcessor = network.getLayerWiseConfigurations().getInputPreProcess(output);
            if (preProcessor != null) {
                input = preProcessor.preProcess(input, (int) input.size(0), LayerWorkspaceMgr.noWorkspaces());
            }
            var layer = network.getLayer(output);
            INDArray weights = layer.getParam("W");
            if (input.dataType() != weights.dataType()) {
                input = input.castTo(weights.dataType());
            }
            long n = input.size(0);
            long units = weights.size(1);
            if (scores == null || scores.size(0) != n || scores.size(1) != units
                    || scores.dataType() != weights.dataType()) {
                scores = Nd4j.createUninitialized(weights.dataType(), new long[] { n, units }, 'c');
            }
            input.mmul(weights, scores);
            INDArray bias = layer.getParam("b");
            if (bias != null) {
                scores.addiRowVector(bias);
            }
            count(scores.data().asFloat(), (int) n, (int) units);
        }
    }

    private void count(float[] z, int n, int units) {
        INDArray contiguous = labels.isView() || labels.ordering() != 'c' ? labels.dup('c') : labels;
        float[] y = contiguous.data().asFloat();
        int columns = (int) labels.size(1);
        for (int i = 0; i < n; i++) {
            boolean right;
            if (binary) {
                // sigmoid(z) > 0.5 exactly when z > 0
                right = (z[i] > 0) == (y[i] > 0.5f);
            } else {
                int expected = columns == 1 ? (int) y[i] : argMax(y, i * columns, columns);
                right = argMax(z, i * units, units) == expected;
            }
            if (right) {
                correct++;
            }
        }
        seen += n;
    }

    /** The index of the first largest of {@code length} values from {@code offset}, as ND4J's argMax picks it. */
    private static int argMax(float[] values, int offset, int length) {
        int best = 0;
        for (int j = 1; j < length; j++) {
            if (values[offset + j] > values[offset + best]) {
                best = j;
            }
        }
        return best;
    }
}
