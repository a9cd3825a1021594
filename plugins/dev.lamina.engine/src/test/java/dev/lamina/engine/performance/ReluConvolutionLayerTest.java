// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import static dev.lamina.core.layer.ActivationFunction.RELU;
import static dev.lamina.core.layer.ActivationFunction.SOFTMAX;
import static dev.lamina.core.layer.ActivationFunction.TANH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.core.model.Model;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.pipeline.Batch;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.EpochBatches;
import dev.lamina.data.pipeline.PipelineOptions;
import dev.lamina.data.pipeline.Subset;
import dev.lamina.engine.network.NetworkBuilder;
import dev.lamina.engine.network.NetworkPlan;
import dev.lamina.engine.training.BatchTensors;
import dev.lamina.testing.FashionMnist;

/**
 * A ReLU convolution's backward pass takes the derivative from the layer's output instead of computing the forward
 * convolution again: the same steps on real Fashion-MNIST batches, with one forward convolution per step instead of
 * two.
 */
class ReluConvolutionLayerTest {

    private static final int STEPS = 8;

    /**
     * Two ReLU convolutions, the first below a dropout layer (its derivative taken from its output), the second below
     * max pooling (which masks the gradient for it; 23×23, so a row and a column no window covers); a tanh
     * convolution, left as DL4J builds it.
     */
    private static final Model MODEL = Model.builder()
            .input(28, 28, 1)
            .conv2d(8, 3, RELU)
            .dropout(0.25)
            .conv2d(12, 4, RELU)
            .maxPooling2d(2)
            .conv2d(8, 3, TANH)
            .flatten()
            .dense(10, SOFTMAX)
            .build();

    @Test
    void theStepsAreTheSameWithOneForwardConvolutionInsteadOfTwo() throws ReflectiveOperationException {
        NetworkPlan plan = NetworkBuilder.plan(MODEL, 11);
        List<DataSet> batches = batches();

        MultiLayerNetwork plain = Levers.fresh(plan);
        Levers.switchedOff(OneDnnHelpers.RELU_CONVOLUTION_PROPERTY, () -> OneDnnHelpers.enable(plain));
        MultiLayerNetwork relu = Levers.fresh(plan);
        OneDnnHelpers.enable(relu);

        List<ConvolutionLayer> swapped = new ArrayList<>();
        for (Layer layer : relu.getLayers()) {
            if (layer instanceof ConvolutionLayer convolution) {
                boolean isRelu = convolution.layerConf().getActivationFn().toString().equals("relu");
                assertEquals(isRelu ? ReluConvolutionLayer.class : ConvolutionLayer.class, layer.getClass(),
                        layer.conf().getLayer().getLayerName());
                assertSame(layer, relu.getLayer(layer.conf().getLayer().getLayerName()), "found by name too");
                if (isRelu) {
                    swapped.add(convolution);
                }
            }
        }
        assertEquals(2, swapped.size(), "both ReLU convolutions, not the tanh one");
        for (Layer layer : plain.getLayers()) {
            assertTrue(layer.getClass() != ReluConvolutionLayer.class, "the property keeps DL4J's layer");
        }

        Counts plainCounts = countForwardConvolutions(plain);
        Counts reluCounts = countForwardConvolutions(relu);
        double[] plainLoss = train(plain, batches);
        double[] reluLoss = train(relu, batches);

        for (int step = 0; step < STEPS; step++) {
            assertEquals(plainLoss[step], reluLoss[step], 1e-6, "loss after step " + (step + 1));
        }
        assertTrue(reluLoss[STEPS - 1] < reluLoss[0], "the loss falls: " + reluLoss[0] + " -> " + reluLoss[STEPS - 1]);
        double drift = plain.params().distance2(relu.params()) / plain.params().norm2Number().doubleValue();
        assertTrue(drift < 1e-6, "the weights after " + STEPS + " steps differ by " + drift);

        ReluConvolutionLayer first = (ReluConvolutionLayer) swapped.get(0);
        ReluConvolutionLayer second = (ReluConvolutionLayer) swapped.get(1);
        assertEquals(STEPS, first.derivativesTaken(), "below a dropout layer: the derivative taken from the output");
        assertEquals(STEPS, first.weightsOnlyPasses(), "the first layer: weight and bias gradients only");
        assertEquals(0, second.weightsOnlyPasses(), "a layer whose input gradient the layer below needs");
        assertEquals(0, first.derivativesLeftToPooling());
        assertEquals(STEPS, second.derivativesLeftToPooling(), "below max pooling: the pooling layer masked it");
        assertEquals(0, second.derivativesTaken());
        assertEquals(STEPS, ((DirectPoolingLayer) relu.getLayer(second.getIndex() + 1)).reluBackwardPasses(),
                "the pooling layer's gradient and ReLU's derivative in one branch-free pass");
        assertEquals(3 * 2 * STEPS, plainCounts.total(), "DL4J: each convolution forward twice a step");
        assertEquals((1 + 1 + 2) * STEPS, reluCounts.total(), "ReLU convolutions once a step, the tanh one twice");
    }

    @Test
    void aNetworkWithoutReluConvolutionsIsLeftAlone() {
        Model tanhOnly = Model.builder().input(28, 28, 1).conv2d(4, 3, TANH).flatten().dense(10, SOFTMAX).build();
        MultiLayerNetwork network = Levers.fresh(NetworkBuilder.plan(tanhOnly, 3));
        assertEquals(1, OneDnnHelpers.enable(network), "a oneDNN helper only");
        assertEquals(ConvolutionLayer.class, network.getLayer(0).getClass());
    }

    private static double[] train(MultiLayerNetwork network, List<DataSet> batches) {
        Nd4j.getRandom().setSeed(5); // the same dropout masks for both networks
        double[] losses = new double[STEPS];
        for (int step = 0; step < STEPS; step++) {
            network.fit(batches.get(step));
            losses[step] = network.score();
        }
        return losses;
    }

    private static List<DataSet> batches() {
        FashionMnist.require();
        PipelineOptions options = PipelineOptions.defaults().withBatchSize(32).withShuffle(true, 3)
                .withRescale(1 / 255f);
        List<DataSet> out = new ArrayList<>();
        try (BatchPipeline pipeline = new BatchPipeline(Subset.first(IdxDataset.read(FashionMnist.trainImages(),
                FashionMnist.trainLabels()), STEPS * 32), options); EpochBatches epoch = pipeline.epoch(0)) {
            while (epoch.hasNext()) {
                Batch batch = epoch.next();
                out.add(BatchTensors.toDataSet(batch));
                epoch.recycle(batch);
            }
        }
        return out;
    }

    /** Puts a counting oneDNN helper into every convolution layer of the network. */
    private static Counts countForwardConvolutions(MultiLayerNetwork network) throws ReflectiveOperationException {
        Counts counts = new Counts();
        Field helper = ConvolutionLayer.class.getDeclaredField("helper");
        helper.setAccessible(true);
        for (Layer layer : network.getLayers()) {
            if (layer instanceof ConvolutionLayer) {
                helper.set(layer, new CountingHelper(counts));
            }
        }
        return counts;
    }

    private static final class Counts {
        private int total;

        int total() {
            return total;
        }
    }

    private static final class CountingHelper extends MKLDNNConvHelper {
        private final Counts counts;

        CountingHelper(Counts counts) {
            super(DataType.FLOAT);
            this.counts = counts;
        }

        @Override
        public INDArray preOutput(INDArray input, INDArray weights, INDArray bias, int[] kernel, int[] strides,
                int[] pad, org.deeplearning4j.nn.conf.layers.ConvolutionLayer.AlgoMode mode,
                org.deeplearning4j.nn.conf.layers.ConvolutionLayer.FwdAlgo fwdAlgo, ConvolutionMode convolutionMode,
                int[] dilation, CNN2DFormat format, LayerWorkspaceMgr workspaceMgr) {
            counts.total++;
            return super.preOutput(input, weights, bias, kernel, strides, pad, mode, fwdAlgo, convolutionMode,
                    dilation, format, workspaceMgr);
        }
    }
}
