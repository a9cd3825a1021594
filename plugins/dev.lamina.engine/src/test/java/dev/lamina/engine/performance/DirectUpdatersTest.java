// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.BaseMultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.engine.network.NetworkBuilder;
import dev.lamina.engine.network.NetworkPlan;

/** Adam's direct step takes the steps ND4J's Adam takes, in the same state arrays. */
class DirectUpdatersTest {

    private static final int STEPS = 30;

    @Test
    void theWeightsAndTheStateAfterThirtyStepsAreNd4jsToFloatRounding() {
        NetworkPlan plan = NetworkBuilder.plan(CourseModels.mnistSingleConv(), 42); // Adam, 348,000 parameters
        MultiLayerNetwork plain = Levers.fresh(plan);
        MultiLayerNetwork direct = Levers.fresh(plan);
        int blocks = ((BaseMultiLayerUpdater<?>) direct.getUpdater()).getUpdaterBlocks().size();
        assertTrue(blocks > 0);
        assertEquals(blocks, DirectUpdaters.install(direct), "every block is Adam");
        INDArray stateBefore = direct.getUpdater().getStateViewArray();
        for (UpdaterBlock block : ((BaseMultiLayerUpdater<?>) direct.getUpdater()).getUpdaterBlocks()) {
            assertEquals(DirectAdamUpdater.class, block.getGradientUpdater().getClass());
            assertEquals(UnregularizedUpdaterBlock.class, block.getClass(), "the course's model has no L1/L2");
        }
        assertEquals(0, DirectUpdaters.install(direct), "a second call finds them swapped");

        double[] plainLoss = train(plain);
        double[] directLoss = train(direct);
        for (int step = 0; step < STEPS; step++) {
            assertEquals(plainLoss[step], directLoss[step], 1e-4 * Math.max(1, plainLoss[step]), "loss after step "
                    + (step + 1));
        }
        for (UpdaterBlock block : ((BaseMultiLayerUpdater<?>) direct.getUpdater()).getUpdaterBlocks()) {
            assertEquals(STEPS, ((DirectAdamUpdater) block.getGradientUpdater()).directSteps(), "every step direct");
        }
        assertTrue(directLoss[STEPS - 1] < directLoss[0], "the loss falls: " + directLoss[0] + " -> " + directLoss[STEPS - 1]);
        assertClose(plain.params(), direct.params(), "weights");
        assertSame(stateBefore, direct.getUpdater().getStateViewArray(), "the same state array, as checkpoints save it");
        assertClose(plain.getUpdater().getStateViewArray(), direct.getUpdater().getStateViewArray(), "Adam's m and v");
    }

    /** A layer with L2 keeps DL4J's block, which applies it; the steps stay ND4J's with the direct Adam step. */
    @Test
    void aRegularisedNetworkKeepsItsRegularisation() {
        MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder().seed(7).updater(new Adam(1e-2))
                .l2(0.05).list()
                .layer(new DenseLayer.Builder().nIn(20).nOut(16).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(16).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork plain = new MultiLayerNetwork(configuration.clone());
        plain.init();
        MultiLayerNetwork direct = new MultiLayerNetwork(configuration.clone());
        direct.init();
        DirectUpdaters.install(direct);
        for (UpdaterBlock block : ((BaseMultiLayerUpdater<?>) direct.getUpdater()).getUpdaterBlocks()) {
            assertEquals(UpdaterBlock.class, block.getClass(), "L2 is applied by DL4J's block");
        }
        DataSet batch = randomBatch();
        for (int step = 0; step < 20; step++) {
            plain.fit(batch);
            direct.fit(batch);
            assertEquals(plain.score(), direct.score(), 1e-5, "loss with its L2 term after step " + (step + 1));
        }
        assertClose(plain.params(), direct.params(), "weights");
    }

    /**
     * An Adam block after another block: its gradient and state are views that start inside their buffers (what a
     * model with BatchNormalization or a second updater gets), and the loop must read them where they start.
     */
    @Test
    void anAdamBlockThatStartsInsideTheBuffersTakesNd4jsSteps() {
        MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder().seed(11).list()
                .layer(new DenseLayer.Builder().nIn(20).nOut(16).activation(Activation.RELU)
                        .updater(new Sgd(0.05)).build())
                .layer(new DenseLayer.Builder().nIn(16).nOut(12).activation(Activation.RELU)
                        .updater(new Adam(1e-2)).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(12).nOut(3)
                        .activation(Activation.SOFTMAX).updater(new Adam(1e-2)).build())
                .build();
        MultiLayerNetwork plain = new MultiLayerNetwork(configuration.clone());
        plain.init();
        MultiLayerNetwork direct = new MultiLayerNetwork(configuration.clone());
        direct.init();
        assertEquals(1, DirectUpdaters.install(direct), "one Adam block, after the SGD one");
        DirectAdamUpdater adam = null;
        for (UpdaterBlock block : ((BaseMultiLayerUpdater<?>) direct.getUpdater()).getUpdaterBlocks()) {
            if (block.getGradientUpdater() instanceof DirectAdamUpdater found) {
                adam = found;
                assertTrue(block.getParamOffsetStart() > 0, "the Adam block starts inside the gradient");
            }
        }
        DataSet batch = randomBatch();
        for (int step = 0; step < 20; step++) {
            plain.fit(batch);
            direct.fit(batch);
            assertEquals(plain.score(), direct.score(), 1e-5, "loss after step " + (step + 1));
        }
        assertEquals(20, adam.directSteps(), "every step direct");
        assertClose(plain.params(), direct.params(), "weights");
        assertClose(plain.getUpdater().getStateViewArray(), direct.getUpdater().getStateViewArray(), "Adam's m and v");
    }

    private static DataSet randomBatch() {
        Nd4j.getRandom().setSeed(5);
        INDArray features = Nd4j.rand(32, 20);
        INDArray labels = Nd4j.zeros(32, 3);
        for (int i = 0; i < 32; i++) {
            labels.putScalar(i, i % 3, 1f);
        }
        return new DataSet(features, labels);
    }

    @Test
    void aNonAdamBlockAndTheSwitchAreLeftAlone() {
        NetworkPlan plan = NetworkBuilder.plan(CourseModels.mnistSingleConv(), 1);
        MultiLayerNetwork network = Levers.fresh(plan);
        assertEquals(0, Levers.switchedOff(DirectUpdaters.PROPERTY, () -> DirectUpdaters.install(network)));
        for (UpdaterBlock block : ((BaseMultiLayerUpdater<?>) network.getUpdater()).getUpdaterBlocks()) {
            assertEquals(AdamUpdater.class, block.getGradientUpdater().getClass(), "untouched");
        }
        assertEquals(0, DirectUpdaters.install(null));
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        double difference = expected.sub(actual).norm1Number().doubleValue();
        double size = expected.norm1Number().doubleValue();
        assertTrue(difference <= 1e-4 * size, what + ": relative L1 difference " + difference / size);
    }

    /** The loss after each Adam step on a few seeded batches of random 28x28 images with fixed labels. */
    private static double[] train(MultiLayerNetwork network) {
        Nd4j.getRandom().setSeed(123);
        DataSet[] batches = new DataSet[3];
        for (int b = 0; b < batches.length; b++) {
            INDArray features = Nd4j.rand(new int[] { 16, 1, 28, 28 });
            INDArray labels = Nd4j.zeros(16, 10);
            for (int i = 0; i < 16; i++) {
                labels.putScalar(i, (i * 7 + b) % 10, 1f);
            }
            batches[b] = new DataSet(features, labels);
        }
        double[] losses = new double[STEPS];
        for (int step = 0; step < STEPS; step++) {
            network.fit(batches[step % batches.length]);
            losses[step] = network.score();
        }
        return losses;
    }
}
