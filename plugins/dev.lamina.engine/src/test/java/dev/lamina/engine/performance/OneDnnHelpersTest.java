// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.engine.network.NetworkBuilder;
import dev.lamina.engine.network.NetworkPlan;

/** The oneDNN helpers change how conv and pooling layers compute, not what they compute. */
class OneDnnHelpersTest {

    private static final int STEPS = 5;

    @Test
    void theLossWithHelpersEqualsTheLossWithout() throws ReflectiveOperationException {
        assertTrue(OneDnnHelpers.available(), "Lamina ships ND4J's oneDNN natives: the helpers must be usable");
        NetworkPlan plan = NetworkBuilder.plan(CourseModels.mnistSingleConv(), 42);
        MultiLayerNetwork plain = Levers.fresh(plan);
        MultiLayerNetwork helped = Levers.fresh(plan);
        assertEquals(plain.params(), helped.params(), "the same seed gives the same initial weights");

        assertEquals(2, OneDnnHelpers.enable(helped), "one Conv2D and one MaxPooling2D");
        assertEquals(0, OneDnnHelpers.enable(helped), "a second call finds them switched");

        double[] plainLoss = train(plain);
        double[] helpedLoss = train(helped);
        for (int step = 0; step < STEPS; step++) {
            assertEquals(plainLoss[step], helpedLoss[step], 1e-3, "loss after step " + (step + 1));
        }
        assertTrue(helpedLoss[STEPS - 1] < helpedLoss[0], "the loss falls");
        for (Layer layer : helped.getLayers()) {
            if (layer instanceof ConvolutionLayer || layer instanceof SubsamplingLayer) {
                Class<?> owner = layer instanceof ConvolutionLayer ? ConvolutionLayer.class : SubsamplingLayer.class;
                String expected = layer instanceof ConvolutionLayer ? "MKLDNNConvHelper" : "DirectPoolingHelper";
                assertEquals(expected, layer.getHelper().getClass().getSimpleName());
                if (layer instanceof SubsamplingLayer) {
                    assertEquals(DirectPoolingLayer.class, layer.getClass(), "the forward pass needs the subclass");
                    assertTrue(layer == helped.getLayer(layer.conf().getLayer().getLayerName()), "found by name too");
                }
                assertEquals(0, helperFailures(owner, layer), layer.conf().getLayer().getLayerName()
                        + ": the helper ran without falling back");
            }
        }
    }

    @Test
    void theSystemPropertyTurnsItOff() {
        MultiLayerNetwork network = NetworkBuilder.create(NetworkBuilder.plan(CourseModels.mnistSingleConv(), 1));
        assertEquals(0, Levers.switchedOff(OneDnnHelpers.PROPERTY, () -> OneDnnHelpers.enable(network)));
        for (Layer layer : network.getLayers()) {
            assertEquals(null, layer.getHelper(), "untouched");
        }
    }

    @Test
    void neverThrows() {
        assertEquals(0, OneDnnHelpers.enable(null));
        assertEquals(0, OneDnnHelpers.enable(new MultiLayerNetwork(
                NetworkBuilder.plan(CourseModels.mnistSingleConv(), 1).configuration())), "not initialised");
    }

    /** The loss after each of a few Adam steps on one seeded batch of random 28x28 images (the net memorises it). */
    private static double[] train(MultiLayerNetwork network) {
        Nd4j.getRandom().setSeed(123);
        INDArray features = Nd4j.rand(new int[] { 16, 1, 28, 28 });
        INDArray labels = Nd4j.zeros(16, 10);
        for (int i = 0; i < 16; i++) {
            labels.putScalar(i, i * 7 % 10, 1f);
        }
        DataSet batch = new DataSet(features, labels);
        double[] losses = new double[STEPS];
        for (int step = 0; step < STEPS; step++) {
            network.fit(batch);
            losses[step] = network.score();
        }
        return losses;
    }

    private static int helperFailures(Class<?> owner, Layer layer) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField("helperCountFail");
        field.setAccessible(true);
        return field.getInt(layer);
    }
}
