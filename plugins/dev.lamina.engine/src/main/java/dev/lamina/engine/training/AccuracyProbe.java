// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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
 * <p>
 * The labels are the network's own ({@code setLabels} by {@code fit}). When a step is split across replicas
 * ({@link ParallelStep}) each replica listens with its own probe ({@link #forReplica()}) and all count into one tally.
 */
final class AccuracyProbe extends BaseTrainingListener {

    private final boolean binary;
    private final AtomicLong correct;
    private final AtomicLong seen;
    private INDArray scores;

    AccuracyProbe(boolean binary) {
        this(binary, new AtomicLong(), new AtomicLong());
    }

    private AccuracyProbe(boolean binary, AtomicLong correct, AtomicLong seen) {
        this.binary = binary;
        this.correct = correct;
        this.seen = seen;
    }

    /** A probe for another network that counts into this probe's tally (it keeps its own score buffer). */
    AccuracyProbe forReplica() {
        return new AccuracyProbe(binary, correct, seen);
    }

    void reset() {
        correct.set(0);
        seen.set(0);
    }

    double accuracy() {
        long n = seen.get();
        return n == 0 ? Double.NaN : (double) correct.get() / n;
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
            count(network.getLabels(), scores.data().asFloat(), (int) n, (int) units);
        }
    }

    private void count(INDArray labels, float[] z, int n, int units) {
        INDArray contiguous = labels.isView() || labels.ordering() != 'c' ? labels.dup('c') : labels;
        float[] y = contiguous.data().asFloat();
        int columns = (int) labels.size(1);
        long right = 0;
        for (int i = 0; i < n; i++) {
            boolean hit;
            if (binary) {
                // sigmoid(z) > 0.5 exactly when z > 0
                hit = (z[i] > 0) == (y[i] > 0.5f);
            } else {
                int expected = columns == 1 ? (int) y[i] : argMax(y, i * columns, columns);
                hit = argMax(z, i * units, units) == expected;
            }
            if (hit) {
                right++;
            }
        }
        correct.addAndGet(right);
        seen.addAndGet(n);
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
