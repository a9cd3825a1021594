// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.network;

import java.util.List;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;

import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.AveragePooling2D;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Dense;
import dev.lamina.core.layer.Dropout;
import dev.lamina.core.layer.Flatten;
import dev.lamina.core.layer.GlobalAveragePooling2D;
import dev.lamina.core.layer.GlobalMaxPooling2D;
import dev.lamina.core.layer.InputLayer;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.MaxPooling2D;
import dev.lamina.core.layer.Padding;
import dev.lamina.core.layer.Window;
import dev.lamina.core.model.Model;
import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.Problem;
import dev.lamina.core.shape.Severity;
import dev.lamina.core.shape.ShapeInference;
import dev.lamina.run.config.KerasLosses;
import dev.lamina.run.config.Loss;

/**
 * Translates a Lamina (Keras Sequential) model into a DL4J network with the same shapes and parameter counts,
 * Keras's default initialisation (Glorot uniform kernels, zero biases) and Keras's padding rules.
 */
public final class NetworkBuilder {

    /** Keras's {@code tf.keras.activations.leaky_relu} slope. */
    private static final double LEAKY_RELU_ALPHA = 0.2;

    private NetworkBuilder() {
    }

    /** Plans the network with the loss Keras users pair with the model's output layer, and Adam(0.001). */
    public static NetworkPlan plan(Model model, long seed) {
        Dense output = outputLayer(model);
        return plan(model, KerasLosses.defaultFor(output.activation(), output.units()), new Adam(1e-3), seed);
    }

    /**
     * Plans the network.
     *
     * @throws ModelNotTrainableException when the model has errors, does not start with an Input or end with a
     *                                    Dense output, or the loss does not fit the output
     */
    public static NetworkPlan plan(Model model, Loss loss, IUpdater updater, long seed) {
        Analysis analysis = ShapeInference.analyze(model);
        if (analysis.hasErrors()) {
            Problem first = analysis.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst()
                    .orElseThrow();
            throw new ModelNotTrainableException(first.text());
        }
        List<Layer> layers = model.layers();
        if (layers.isEmpty() || !(layers.get(0) instanceof InputLayer input)) {
            throw new ModelNotTrainableException("the model must start with an Input layer");
        }
        Dense output = outputLayer(model);
        String mismatch = KerasLosses.mismatch(loss, output.activation(), output.units());
        if (mismatch != null) {
            throw new ModelNotTrainableException(output.name() + ": " + mismatch);
        }

        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(updater)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .biasInit(0)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list();
        int[] dl4jLayer = new int[layers.size()];
        int next = 0;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            boolean last = i == layers.size() - 1;
            org.deeplearning4j.nn.conf.layers.Layer translated = last ? outputLayer(output, loss) : translate(layer);
            if (translated == null) {
                dl4jLayer[i] = -1;
            } else {
                list.layer(translated);
                dl4jLayer[i] = next++;
            }
        }
        list.setInputType(InputType.convolutional(input.height(), input.width(), input.channels()));
        return new NetworkPlan(model, list.build(), dl4jLayer, loss);
    }

    /** A new network for the plan, initialised. */
    public static MultiLayerNetwork create(NetworkPlan plan) {
        // a configuration carries the iteration count (Adam's bias correction): never share one between networks
        MultiLayerNetwork network = new MultiLayerNetwork(plan.configuration().clone());
        network.init();
        return network;
    }

    private static Dense outputLayer(Model model) {
        List<Layer> layers = model.layers();
        if (layers.isEmpty() || !(layers.get(layers.size() - 1) instanceof Dense dense)) {
            throw new ModelNotTrainableException("the model must end with a Dense output layer to be trained");
        }
        return dense;
    }

    private static org.deeplearning4j.nn.conf.layers.Layer translate(Layer layer) {
        return switch (layer) {
            case InputLayer input -> null;
            case Flatten flatten -> null;
            case Conv2D conv -> new ConvolutionLayer.Builder(conv.kernelSize().toArray(), conv.strides().toArray())
                    .name(conv.name())
                    .nOut(conv.filters())
                    .convolutionMode(mode(conv.padding()))
                    .activation(activation(conv.activation()))
                    .hasBias(conv.useBias())
                    .build();
            case MaxPooling2D pool -> pooling(pool.name(), PoolingType.MAX, pool.poolSize(), pool.strides(),
                    pool.padding());
            case AveragePooling2D pool -> pooling(pool.name(), PoolingType.AVG, pool.poolSize(), pool.strides(),
                    pool.padding());
            case GlobalAveragePooling2D pool -> new GlobalPoolingLayer.Builder(PoolingType.AVG).name(pool.name())
                    .build();
            case GlobalMaxPooling2D pool -> new GlobalPoolingLayer.Builder(PoolingType.MAX).name(pool.name())
                    .build();
            case Dense dense -> new DenseLayer.Builder()
                    .name(dense.name())
                    .nOut(dense.units())
                    .activation(activation(dense.activation()))
                    .hasBias(dense.useBias())
                    .build();
            // DL4J's dropout value is the probability to keep a unit; Keras's rate is the probability to drop it.
            case Dropout dropout -> new DropoutLayer.Builder(1.0 - dropout.rate()).name(dropout.name()).build();
            case dev.lamina.core.layer.BatchNormalization norm -> batchNormalization(norm);
            case dev.lamina.core.layer.ActivationLayer act -> new ActivationLayer.Builder().name(act.name())
                    .activation(activation(act.activation())).build();
        };
    }

    private static BatchNormalization batchNormalization(dev.lamina.core.layer.BatchNormalization norm) {
        if (norm.center() != norm.scale()) {
            throw new ModelNotTrainableException(norm.name()
                    + ": DL4J supports center and scale only together (both true or both false)");
        }
        return new BatchNormalization.Builder()
                .name(norm.name())
                .decay(norm.momentum())
                .eps(norm.epsilon())
                .lockGammaBeta(!norm.center())
                .build();
    }

    private static OutputLayer outputLayer(Dense dense, Loss loss) {
        return new OutputLayer.Builder(Losses.toDl4j(loss))
                .name(dense.name())
                .nOut(dense.units())
                .activation(activation(dense.activation()))
                .hasBias(dense.useBias())
                .build();
    }

    private static SubsamplingLayer pooling(String name, PoolingType type, Window size, Window strides,
            Padding padding) {
        return new SubsamplingLayer.Builder(type)
                .name(name)
                .kernelSize(size.toArray())
                .stride(strides.toArray())
                .convolutionMode(mode(padding))
                // Keras averages over the real pixels only where 'same' padding overlaps the border
                .avgPoolIncludePadInDivisor(false)
                .build();
    }

    /** Keras 'valid' drops the pixels that do not fill a window (DL4J Truncate); 'same' pads (DL4J Same). */
    private static ConvolutionMode mode(Padding padding) {
        return padding == Padding.SAME ? ConvolutionMode.Same : ConvolutionMode.Truncate;
    }

    static IActivation activation(ActivationFunction function) {
        return switch (function) {
            case RELU -> new ActivationReLU();
            case SIGMOID -> new ActivationSigmoid();
            case SOFTMAX -> new ActivationSoftmax();
            case TANH -> new ActivationTanH();
            case LINEAR -> new ActivationIdentity();
            case LEAKY_RELU -> new ActivationLReLU(LEAKY_RELU_ALPHA);
            case ELU -> new ActivationELU(1.0);
        };
    }
}
