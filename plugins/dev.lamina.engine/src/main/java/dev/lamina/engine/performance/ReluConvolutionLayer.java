// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DL4J's 2-D convolution layer with a plain ReLU, whose backward pass neither runs the forward convolution again nor
 * libnd4j's slow ReLU derivative.
 * <p>
 * In 1.0.0-M2.1 {@link ConvolutionLayer#backpropGradient} asks {@code preOutput} for the pre-activation {@code z}
 * (only to apply the activation's derivative to the incoming gradient) and, unless a cache mode copies every
 * {@code z} aside, that is the whole forward convolution computed a second time. ReLU's derivative needs only where
 * {@code z} is positive, and the layer's own output {@code max(z, 0)} is positive exactly there: so this layer keeps
 * a reference to the output of its last training forward pass (the network's activation array, which stays in DL4J's
 * activation workspace until the backward pass is done; nothing is copied) and zeroes the gradient where the output
 * is not positive ({@link ReluGradients}). A following layer that scales that array in place (inverted dropout)
 * keeps its signs and zeroes the gradient wherever it zeroed the output, so the product is the same.
 * <p>
 * When a {@link DirectPoolingLayer} doing max pooling follows, that layer has already zeroed the gradient of every
 * window whose maximum is 0 ({@link DirectPoolingLayer#masksForRelu}): max pooling's gradient reaches only a window's
 * maximum, which is positive in every other window, so the derivative has nothing left to zero and is skipped. The
 * pooling layer marks the gradient array it masked, and this layer skips only for that very array.
 * <p>
 * The network's first layer is told that its input gradient is never used ({@link #inputGradientUnused}): DL4J's
 * training ({@code fit}, {@code computeGradientAndScore}) drops the first layer's input gradient, and Lamina asks for
 * it nowhere else. Such a layer computes only its weight and bias gradients ({@link ConvolutionWeightGradients}),
 * where the helper's {@code conv2d_bp} would compute the input gradient as well; its backward pass returns no input
 * gradient.
 * <p>
 * Used only for an exact {@code ReLU} without maximum, threshold or slope ({@link #handles(IActivation)}), NCHW, with
 * its oneDNN helper; anything else takes DL4J's path. Put in the network by {@link OneDnnHelpers} in place of the
 * layer DL4J built, with the same parameter and gradient views.
 */
final class ReluConvolutionLayer extends ConvolutionLayer {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReluConvolutionLayer.class);

    private transient INDArray forwardInput;
    private transient INDArray forwardOutput;
    private transient INDArray maskedGradient;
    private transient ConvolutionWeightGradients weightGradients;

    ReluConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** Whether the activation is a ReLU whose derivative this layer can take from its output. */
    static boolean handles(IActivation activation) {
        return activation instanceof ActivationReLU relu && relu.getMax() == null && relu.getNegativeSlope() == null
                && (relu.getThreshold() == null || relu.getThreshold() == 0.0);
    }

    /**
     * Told that nothing reads this layer's input gradient: the network's first layer without an input preprocessor,
     * trained by DL4J's {@code fit} or {@code computeGradientAndScore}.
     */
    void inputGradientUnused() {
        weightGradients = new ConvolutionWeightGradients();
    }

    /** Told by the max pooling layer above that it zeroed this gradient where ReLU's derivative would. */
    void gradientMasked(INDArray gradient) {
        maskedGradient = gradient;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        clearForward();
        INDArray output = super.activate(training, workspaceMgr);
        if (training && handles(layerConf().getActivationFn())) {
            forwardInput = input;
            forwardOutput = output;
        }
        return output;
    }

    @Override
    protected Pair<INDArray, INDArray> preOutput4d(boolean training, boolean forBackprop,
            LayerWorkspaceMgr workspaceMgr) {
        if (forBackprop && forwardOutput != null && forwardInput == input) {
            // DL4J's own backward path: the output in place of z for the derivative; the second of the pair (the
            // im2col array) DL4J computes when it is null
            return new Pair<>(forwardOutput, null);
        }
        return super.preOutput4d(training, forBackprop, workspaceMgr);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        try {
            Pair<Gradient, INDArray> direct = helperBackprop(epsilon, workspaceMgr);
            return direct != null ? direct : super.backpropGradient(epsilon, workspaceMgr);
        } finally {
            clearForward();
        }
    }

    /** DL4J's helper path with this layer's derivative, or {@code null} where DL4J's own path must run. */
    private Pair<Gradient, INDArray> helperBackprop(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        var conf = layerConf();
        if (helper == null || helperCountFail > 0 || forwardOutput == null || forwardInput != input
                || conf.getCnn2dDataFormat() != CNN2DFormat.NCHW || input.dataType() != dataType
                || epsilon.dataType() != dataType) {
            return null;
        }
        if (epsilon == maskedGradient) {
            derivativesLeftToPooling++;
        } else if (ReluGradients.maskInPlace(forwardOutput, epsilon)) {
            derivativesTaken++;
        } else {
            return null; // a layout the loop does not take: DL4J's path (the mask applied twice is the same mask)
        }
        INDArray weightGradView = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        INDArray biasGradView = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
        if (weightGradients != null && ConvolutionWeightGradients.handles(input, epsilon, conf.getKernelSize(),
                conf.getStride(), conf.getPadding(), conf.getDilation(), convolutionMode == ConvolutionMode.Same)) {
            weightGradients.compute(input, epsilon, conf.getKernelSize(), weightGradView, biasGradView);
            Gradient gradient = new DefaultGradient();
            if (biasGradView != null) {
                gradient.gradientForVariable().put(ConvolutionParamInitializer.BIAS_KEY, biasGradView);
            }
            gradient.gradientForVariable().put(ConvolutionParamInitializer.WEIGHT_KEY, weightGradView);
            weightNoiseParams.clear();
            weightsOnlyPasses++;
            return new Pair<>(gradient, null);
        }
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        INDArray bias = getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, true, workspaceMgr);
        Pair<Gradient, INDArray> result;
        try {
            // for Same mode the helper works the padding out itself, as DL4J's caller does before it
            result = helper.backpropGradient(input, weights, bias, epsilon, conf.getKernelSize(), conf.getStride(),
                    conf.getPadding(), biasGradView, weightGradView, conf.getActivationFn(),
                    conf.getCudnnAlgoMode(), conf.getCudnnBwdFilterAlgo(), conf.getCudnnBwdDataAlgo(),
                    convolutionMode, conf.getDilation(), CNN2DFormat.NCHW, workspaceMgr);
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("Failed to allocate") || !conf.isCudnnAllowFallback()) {
                throw e;
            }
            helperCountFail++;
            LOG.warn("oneDNN convolution backward failed, DL4J's own path takes over: {}", e.toString());
            return null;
        }
        if (result == null) {
            return null;
        }
        result.setSecond(backpropDropOutIfPresent(result.getSecond()));
        weightNoiseParams.clear();
        return result;
    }

    private long derivativesTaken;
    private long derivativesLeftToPooling;
    private long weightsOnlyPasses;

    /** Backward passes that applied ReLU's derivative here, from the output. */
    long derivativesTaken() {
        return derivativesTaken;
    }

    /** Backward passes whose gradient the max pooling layer above had already masked. */
    long derivativesLeftToPooling() {
        return derivativesLeftToPooling;
    }

    /** Backward passes that computed the weight and bias gradients only, without the input gradient. */
    long weightsOnlyPasses() {
        return weightsOnlyPasses;
    }

    private void clearForward() {
        forwardInput = null;
        forwardOutput = null;
        maskedGradient = null;
    }

    @Override
    public void clear() {
        super.clear();
        clearForward();
    }
}
