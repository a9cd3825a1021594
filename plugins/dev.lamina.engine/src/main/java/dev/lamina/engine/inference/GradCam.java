// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.inference;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.BaseOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Grad-CAM on a DL4J network, layer by layer: a forward pass that keeps every layer's input, the gradient of the
 * class's score (the output layer's pre-activation, before softmax or sigmoid, as in the paper) with respect to
 * the last convolution's output through DL4J's own backpropagation of each layer, then per channel the mean of
 * that gradient as the channel's weight.
 */
final class GradCam {

    /** The map's cells before naming and scaling, and the layer they come from. */
    record Raw(int dl4jLayer, int width, int height, float[] values, float[] outputs) {
    }

    private GradCam() {
    }

    /** The index of the network's last convolution layer. */
    static int lastConvolution(MultiLayerNetwork network) {
        Layer[] layers = network.getLayers();
        for (int i = layers.length - 1; i >= 0; i--) {
            if (layers[i] instanceof ConvolutionLayer) {
                return i;
            }
        }
        throw new IllegalArgumentException("the model has no Conv2D layer: Grad-CAM needs one");
    }

    /**
     * @param input      one image as the network takes it, {@code [1, C, H, W]}
     * @param classIndex the class to explain; for a single sigmoid unit 1 is its positive class, 0 the other
     */
    static Raw compute(MultiLayerNetwork network, INDArray input, int classIndex) {
        synchronized (network) {
            try {
                return computeLocked(network, input, classIndex);
            } finally {
                network.clearLayerMaskArrays();
                for (Layer layer : network.getLayers()) {
                    layer.clear();
                }
            }
        }
    }

    private static Raw computeLocked(MultiLayerNetwork network, INDArray input, int classIndex) {
        LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
        if (network.getFlattenedGradients() == null) {
            network.initGradientsView(); // layer backprop writes into the gradient views
        }
        Layer[] layers = network.getLayers();
        int target = lastConvolution(network);
        int last = layers.length - 1;
        if (!(layers[last] instanceof BaseOutputLayer<?> output)) {
            throw new IllegalArgumentException("the model's last layer is not a Dense output layer");
        }
        INDArray activation = input;
        INDArray targetActivation = null;
        for (int i = 0; i <= last; i++) {
            InputPreProcessor preprocessor = network.getLayerWiseConfigurations().getInputPreProcess(i);
            if (preprocessor != null) {
                activation = preprocessor.preProcess(activation, 1, workspaces);
            }
            layers[i].setInput(activation, workspaces);
            activation = layers[i].activate(false, workspaces);
            if (i == target) {
                targetActivation = activation.dup('c');
            }
        }
        float[] outputs = activation.dup('c').data().asFloat();

        int units = (int) activation.size(1);
        if (classIndex < 0 || classIndex >= Math.max(units, 2) || (units > 1 && classIndex >= units)) {
            throw new IllegalArgumentException("class " + classIndex + " is not one of the model's outputs");
        }
        // d score / d (output layer's input) = row of W for that unit, negated for a sigmoid's other class
        INDArray weights = output.getParam("W");
        INDArray epsilon = units == 1
                ? weights.getColumn(0).reshape(1, weights.size(0)).mul(classIndex == 1 ? 1.0 : -1.0)
                : weights.getColumn(classIndex).reshape(1, weights.size(0)).dup();
        epsilon = backThroughPreprocessor(network, last, epsilon, workspaces);
        for (int i = last - 1; i > target; i--) {
            Pair<Gradient, INDArray> step = layers[i].backpropGradient(epsilon, workspaces);
            epsilon = backThroughPreprocessor(network, i, step.getSecond(), workspaces);
        }

        long[] shape = targetActivation.shape(); // [1, C, H, W]
        int channels = (int) shape[1];
        int height = (int) shape[2];
        int width = (int) shape[3];
        float[] maps = targetActivation.data().asFloat();
        float[] gradients = epsilon.dup('c').data().asFloat();
        int cells = height * width;
        float[] cam = new float[cells];
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int j = 0; j < cells; j++) {
                sum += gradients[c * cells + j];
            }
            float alpha = (float) (sum / cells);
            for (int j = 0; j < cells; j++) {
                cam[j] += alpha * maps[c * cells + j];
            }
        }
        float max = 0;
        for (int j = 0; j < cells; j++) {
            cam[j] = Math.max(0, cam[j]);
            max = Math.max(max, cam[j]);
        }
        if (max > 0) {
            for (int j = 0; j < cells; j++) {
                cam[j] /= max;
            }
        }
        return new Raw(target, width, height, cam, outputs);
    }

    private static INDArray backThroughPreprocessor(MultiLayerNetwork network, int layer, INDArray epsilon,
            LayerWorkspaceMgr workspaces) {
        InputPreProcessor preprocessor = network.getLayerWiseConfigurations().getInputPreProcess(layer);
        return preprocessor == null ? epsilon : preprocessor.backprop(epsilon, 1, workspaces);
    }
}
