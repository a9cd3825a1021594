// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches on DL4J's oneDNN helpers for 2-D convolution and pooling layers.
 * <p>
 * DL4J 1.0.0-M2.1 never installs them itself: its {@code BaseMKLDNNHelper.mklDnnEnabled()} reflects on a class
 * ({@code org.nd4j.nativeblas.Nd4jCpu$Environment}) and a method ({@code isUseMKLDNN}) that the M2.1 natives do not
 * have, swallows the failure, and leaves each layer's {@code helper} field null, so convolutions run through
 * im2col + gemm and pooling through the generic path. With the oneDNN natives, putting the helpers in makes those
 * layers call libnd4j's {@code conv2d}/{@code maxpool2d} ops (oneDNN inside): about twice the training speed of the
 * course's MNIST model on 2 cores, with the same results to float rounding (see docs/performance.md).
 * <p>
 * The layer falls back to its own path if a helper call throws (DL4J counts the failure in
 * {@code helperCountFail}), so a helper can cost speed but not correctness.
 * <p>
 * Convolutions with a plain ReLU become {@link ReluConvolutionLayer}s (their backward pass takes ReLU's derivative
 * from the layer's output instead of running the forward convolution again; {@code lamina.convolution.reluOutput=false}
 * keeps DL4J's layer), and a max pooling layer right above one zeroes the gradient for it. The network's first layer,
 * when it is one, computes its weight gradients without the input gradient nobody reads
 * ({@code lamina.convolution.firstLayerWeightsOnly=false} computes that too).
 * <p>
 * Pooling layers get a {@link DirectPoolingHelper} instead of DL4J's oneDNN one: oneDNN's max pooling is slower than
 * libnd4j's own kernels for NCHW (see that class). Set the system property
 * {@code lamina.onednn.helpers=false} to leave networks as DL4J builds them.
 */
public final class OneDnnHelpers {

    /** System property that turns this off when {@code false}. */
    public static final String PROPERTY = "lamina.onednn.helpers";

    /** System property that, when {@code false}, gives pooling layers DL4J's oneDNN helper instead (to compare). */
    public static final String DIRECT_POOLING_PROPERTY = "lamina.pooling.direct";

    /**
     * System property that, when {@code false}, keeps DL4J's convolution layer for ReLU convolutions (which runs the
     * forward convolution again in its backward pass) instead of {@link ReluConvolutionLayer}, to compare.
     */
    public static final String RELU_CONVOLUTION_PROPERTY = "lamina.convolution.reluOutput";

    /**
     * System property that, when {@code false}, has the first layer's ReLU convolution compute its input gradient
     * too (through the helper's {@code conv2d_bp}) instead of its weight and bias gradients alone, to compare.
     */
    public static final String FIRST_LAYER_WEIGHTS_ONLY_PROPERTY = "lamina.convolution.firstLayerWeightsOnly";

    private static final Logger LOG = LoggerFactory.getLogger(OneDnnHelpers.class);
    private static final String NATIVE_ENVIRONMENT = "org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment";

    private OneDnnHelpers() {
    }

    /**
     * Gives every 2-D convolution and pooling layer of an initialised network a oneDNN helper, where it has none.
     * Does nothing when the backend is not ND4J's CPU backend with oneDNN, or the property says no. Never throws:
     * on any failure it logs and leaves the network as it is (layers switched before the failure keep their
     * helper, which is as correct as the plain path).
     *
     * @return how many layers now use a oneDNN helper that did not before
     */
    public static int enable(MultiLayerNetwork network) {
        try {
            if (network == null || "false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim())
                    || !available()) {
                return 0;
            }
            Layer[] layers = network.getLayers();
            if (layers == null) {
                return 0;
            }
            int switched = 0;
            for (int i = 0; i < layers.length; i++) {
                if (layers[i].getClass() == SubsamplingLayer.class && directPooling()) {
                    layers[i] = replace(network, layers[i], directPooling((SubsamplingLayer) layers[i],
                            dataType(network)));
                    switched++;
                } else if (layers[i].getClass() == ConvolutionLayer.class && reluConvolution()
                        && ReluConvolutionLayer.handles(((ConvolutionLayer) layers[i]).layerConf().getActivationFn())) {
                    ReluConvolutionLayer relu = reluConvolution((ConvolutionLayer) layers[i], dataType(network));
                    if (i == 0 && network.getLayerWiseConfigurations().getInputPreProcess(0) == null
                            && !"false".equalsIgnoreCase(
                                    System.getProperty(FIRST_LAYER_WEIGHTS_ONLY_PROPERTY, "true").trim())) {
                        relu.inputGradientUnused();
                    }
                    layers[i] = replace(network, layers[i], relu);
                    switched++;
                } else {
                    switched += enable(layers[i], dataType(network)) ? 1 : 0;
                }
            }
            pairReluWithPooling(network, layers);
            return switched;
        } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
            LOG.warn("oneDNN helpers not enabled: {}", e.toString());
            return 0;
        }
    }

    /** Whether the running backend is ND4J's CPU backend with oneDNN switched on (what the helpers call). */
    public static boolean available() {
        try {
            if (!Nd4j.getEnvironment().isCPU() || !Nd4j.getEnvironment().helpersAllowed()) {
                return false;
            }
            Class<?> environment = Class.forName(NATIVE_ENVIRONMENT, true, Nd4j.class.getClassLoader());
            Object instance = environment.getMethod("getInstance").invoke(null);
            Method useOneDnn = environment.getMethod("isUseONEDNN");
            return Boolean.TRUE.equals(useOneDnn.invoke(instance));
        } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
            LOG.debug("oneDNN not available: {}", e.toString());
            return false;
        }
    }

    private static DataType dataType(MultiLayerNetwork network) {
        DataType type = network.getLayerWiseConfigurations().getDataType();
        return type == null ? DataType.FLOAT : type;
    }

    private static boolean enable(Layer layer, DataType type) throws ReflectiveOperationException {
        // exact classes only: the 1-D, depthwise, separable and transposed variants extend these two
        if (layer.getClass() == ConvolutionLayer.class) {
            return install(ConvolutionLayer.class, layer, new MKLDNNConvHelper(type));
        }
        if (layer.getClass() == SubsamplingLayer.class) {
            return install(SubsamplingLayer.class, layer, new MKLDNNSubsamplingHelper(type));
        }
        return false;
    }

    private static boolean directPooling() {
        return !"false".equalsIgnoreCase(System.getProperty(DIRECT_POOLING_PROPERTY, "true").trim());
    }

    /** Each ReLU convolution directly below a max pooling layer leaves its derivative to that layer. */
    private static void pairReluWithPooling(MultiLayerNetwork network, Layer[] layers) {
        for (int i = 0; i + 1 < layers.length; i++) {
            if (layers[i] instanceof ReluConvolutionLayer relu && layers[i + 1] instanceof DirectPoolingLayer pooling
                    && network.getLayerWiseConfigurations().getInputPreProcess(i + 1) == null) {
                pooling.masksForRelu(relu);
            }
        }
    }

    private static boolean reluConvolution() {
        return !"false".equalsIgnoreCase(System.getProperty(RELU_CONVOLUTION_PROPERTY, "true").trim());
    }

    /** A {@link DirectPoolingLayer} of the pooling layer's configuration. */
    private static Layer directPooling(SubsamplingLayer layer, DataType type) {
        DirectPoolingLayer direct = new DirectPoolingLayer(layer.conf(), type, new DirectPoolingHelper());
        direct.setIndex(layer.getIndex());
        direct.setListeners(layer.getListeners());
        return direct;
    }

    /**
     * A {@link ReluConvolutionLayer} with the convolution layer's configuration, its parameter and gradient views
     * (the network's flattened arrays, so the updater and the replicas of {@code ParallelStep} see no change), its
     * counters and a oneDNN helper.
     */
    private static ReluConvolutionLayer reluConvolution(ConvolutionLayer layer, DataType type) throws ReflectiveOperationException {
        ReluConvolutionLayer relu = new ReluConvolutionLayer(layer.conf(), type);
        relu.setIndex(layer.getIndex());
        relu.setListeners(layer.getListeners());
        relu.setParamsViewArray(layer.params());
        relu.setParamTable(layer.paramTable());
        if (layer.getGradientsViewArray() != null) {
            relu.setBackpropGradientsViewArray(layer.getGradientsViewArray());
        }
        relu.setIterationCount(layer.getIterationCount());
        relu.setEpochCount(layer.getEpochCount());
        Field helper = ConvolutionLayer.class.getDeclaredField("helper");
        helper.setAccessible(true);
        helper.set(relu, new MKLDNNConvHelper(type));
        return relu;
    }

    /** Puts {@code replacement} where {@code layer} was in the network's by-name map; returns it. */
    private static <L extends Layer> L replace(MultiLayerNetwork network, Layer layer, L replacement)
            throws ReflectiveOperationException {
        Field layerMap = MultiLayerNetwork.class.getDeclaredField("layerMap");
        layerMap.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, Layer> byName = (Map<String, Layer>) layerMap.get(network);
        byName.replaceAll((name, existing) -> existing == layer ? replacement : existing);
        return replacement;
    }

    private static boolean install(Class<?> owner, Layer layer, Object helper) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField("helper");
        field.setAccessible(true);
        if (field.get(layer) != null) {
            return false;
        }
        field.set(layer, helper);
        return true;
    }
}
