// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.selftest;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Proves the engine works where it runs: trains a small conv net (Conv2D, MaxPool, Dense, Output) on a
 * learnable synthetic task and reports the loss before and after.
 */
public final class SelfTest {

    /** Outcome of a self-test run. */
    public record Result(double initialLoss, double finalLoss, int iterations, long millis) {
        public boolean learned() {
            return finalLoss < initialLoss * 0.8;
        }
    }

    private SelfTest() {
    }

    public static Result run(int iterations) {
        long start = System.nanoTime();
        MultiLayerNetwork net = new MultiLayerNetwork(configuration());
        net.init();
        DataSet data = syntheticData(64, 42);
        double initial = net.score(data);
        for (int i = 0; i < iterations; i++) {
            net.fit(data);
        }
        double last = net.score(data);
        return new Result(initial, last, iterations, (System.nanoTime() - start) / 1_000_000);
    }

    private static MultiLayerConfiguration configuration() {
        return new NeuralNetConfiguration.Builder()
                .seed(7)
                .updater(new Adam(1e-2))
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new DenseLayer.Builder().nOut(16).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(12, 12, 1))
                .build();
    }

    /** Class 1 images are bright in the left half, class 0 in the right half, plus noise. */
    private static DataSet syntheticData(int count, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray features = Nd4j.rand(new int[] { count, 1, 12, 12 }).muli(0.3);
        INDArray labels = Nd4j.zeros(count, 2);
        for (int i = 0; i < count; i++) {
            int label = i % 2;
            labels.putScalar(i, label, 1.0);
            for (int y = 0; y < 12; y++) {
                for (int x = label == 1 ? 0 : 6; x < (label == 1 ? 6 : 12); x++) {
                    features.putScalar(new int[] { i, 0, y, x }, features.getDouble(i, 0, y, x) + 0.7);
                }
            }
        }
        return new DataSet(features, labels);
    }
}
