// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's pooling layer whose max-pooling forward pass runs libnd4j's own kernel ({@link DirectPoolingHelper}): in
 * 1.0.0-M2.1 {@link SubsamplingLayer#activate(boolean, LayerWorkspaceMgr)} never asks its helper, so the forward
 * pass needs this subclass, put in the network in place of the layer DL4J built ({@link OneDnnHelpers}). Pooling
 * layers hold no parameters or state beyond their configuration, so the swap loses nothing.
 */
final class DirectPoolingLayer extends SubsamplingLayer {

    private static final long serialVersionUID = 1L;

    private final DirectPoolingHelper direct;

    private transient ReluConvolutionLayer reluBelow;
    private transient INDArray forwardInput;
    private transient INDArray forwardOutput;

    DirectPoolingLayer(NeuralNetConfiguration conf, DataType dataType, DirectPoolingHelper direct) {
        super(conf, dataType);
        this.direct = direct;
        this.helper = direct;
    }

    /**
     * Makes this max pooling layer zero its incoming gradient wherever its output is 0, for the ReLU convolution
     * right below it, which then skips its own derivative: the input of this layer is that ReLU's output, never
     * negative, so a window whose maximum is 0 is a window where ReLU's derivative would zero whatever max pooling
     * passes down, and in every other window max pooling passes its gradient only to the maximum, which is positive.
     * This layer's gradient array is four times smaller than the convolution's (2×2 pooling).
     */
    void masksForRelu(ReluConvolutionLayer below) {
        this.reluBelow = below;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        ReluConvolutionLayer below = reluBelow;
        boolean masked = below != null && forwardOutput != null && forwardInput == input
                && layerConf().getPoolingType() == PoolingType.MAX && ReluGradients.maskInPlace(forwardOutput, epsilon);
        forwardInput = null;
        forwardOutput = null;
        Pair<Gradient, INDArray> result = super.backpropGradient(epsilon, workspaceMgr);
        if (masked && result != null) {
            below.gradientMasked(result.getSecond());
        }
        return result;
    }

    @Override
    public void clear() {
        super.clear();
        forwardInput = null;
        forwardOutput = null;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        forwardInput = null;
        forwardOutput = null;
        INDArray output = pool(training, workspaceMgr);
        if (training && reluBelow != null) {
            forwardInput = input;
            forwardOutput = output;
        }
        return output;
    }

    private INDArray pool(boolean training, LayerWorkspaceMgr workspaceMgr) {
        var conf = layerConf();
        if (input == null || input.rank() != 4 || conf.getPoolingType() != PoolingType.MAX) {
            return super.activate(training, workspaceMgr); // DL4J's own path and its messages
        }
        CNN2DFormat format = conf.getCnn2dDataFormat();
        INDArray output = direct.activate(input.castTo(dataType), training, conf.getKernelSize(), conf.getStride(),
                conf.getPadding(), PoolingType.MAX, convolutionMode == null ? ConvolutionMode.Truncate : convolutionMode,
                conf.getDilation(), format, workspaceMgr);
        return output != null ? output : super.activate(training, workspaceMgr);
    }
}
