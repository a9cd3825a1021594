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
 * far less than a second forward pass.
 */
final class AccuracyProbe extends BaseTrainingListener {

    private final boolean binary;
    private INDArray labels;
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
            INDArray preOutput = input.castTo(layer.getParam("W").dataType()).mmul(layer.getParam("W"));
            INDArray bias = layer.getParam("b");
            if (bias != null) {
                preOutput.addiRowVector(bias);
            }
            count(preOutput);
        }
    }

    private void count(INDArray preOutput) {
        long n = preOutput.size(0);
        if (binary) {
            // sigmoid(z) > 0.5 exactly when z > 0
            float[] z = preOutput.toFloatVector();
            float[] y = labels.toFloatVector();
            for (int i = 0; i < n; i++) {
                if ((z[i] > 0) == (y[i] > 0.5f)) {
                    correct++;
                }
            }
        } else {
            long[] predicted = preOutput.argMax(1).toLongVector();
            long[] expected = labels.size(1) == 1 ? labels.toLongVector() : labels.argMax(1).toLongVector();
            for (int i = 0; i < n; i++) {
                if (predicted[i] == expected[i]) {
                    correct++;
                }
            }
        }
        seen += n;
    }
}
