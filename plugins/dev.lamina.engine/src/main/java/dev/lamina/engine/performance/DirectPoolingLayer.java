// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
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

    /** {@code -Dlamina.pooling.reluKernel=false} leaves the backward pass to libnd4j's kernel, to compare. */
    private static final boolean RELU_KERNEL = !"false".equalsIgnoreCase(
            System.getProperty("lamina.pooling.reluKernel", "true").trim());

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
        boolean forwardKnown = below != null && forwardOutput != null && forwardInput == input
                && layerConf().getPoolingType() == PoolingType.MAX;
        INDArray output = forwardOutput;
        forwardInput = null;
        forwardOutput = null;
        if (forwardKnown && RELU_KERNEL && twoByTwo() && ReluMaxPoolingGradients.takes(input, epsilon)) {
            INDArray gradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT,
                    input.shape(), 'c');
            ReluMaxPoolingGradients.backward(input, epsilon, gradient);
            below.gradientMasked(gradient);
            reluBackwardPasses++;
            return new Pair<>(new DefaultGradient(), gradient);
        }
        boolean masked = forwardKnown && ReluGradients.maskInPlace(output, epsilon);
        Pair<Gradient, INDArray> result = super.backpropGradient(epsilon, workspaceMgr);
        if (masked && result != null) {
            below.gradientMasked(result.getSecond());
        }
        return result;
    }

    private long reluBackwardPasses;

    /** Backward passes taken by {@link ReluMaxPoolingGradients}. */
    long reluBackwardPasses() {
        return reluBackwardPasses;
    }

    /** Keras' {@code MaxPooling2D(2)}: a 2×2 window, stride 2, no padding, NCHW, no dropout on the input. */
    private boolean twoByTwo() {
        var conf = layerConf();
        int[] kernel = conf.getKernelSize();
        int[] stride = conf.getStride();
        int[] padding = conf.getPadding();
        int[] dilation = conf.getDilation();
        return kernel[0] == 2 && kernel[1] == 2 && stride[0] == 2 && stride[1] == 2 && padding[0] == 0
                && padding[1] == 0 && dilation[0] == 1 && dilation[1] == 1 && conf.getIDropout() == null
                && conf.getCnn2dDataFormat() == CNN2DFormat.NCHW
                && (convolutionMode != ConvolutionMode.Same || input.size(2) % 2 == 0 && input.size(3) % 2 == 0);
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
        if (reluBelow != null && RELU_KERNEL && layerConf().getPoolingType() == PoolingType.MAX && input != null
                && ReluMaxPoolingGradients.takes(input) && twoByTwo()) {
            INDArray output = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT,
                    new long[] { input.size(0), input.size(1), input.size(2) / 2, input.size(3) / 2 }, 'c');
            ReluMaxPoolingGradients.forward(input, output);
            return output;
        }
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
