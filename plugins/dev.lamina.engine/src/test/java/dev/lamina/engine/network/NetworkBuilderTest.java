// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.network;

import static dev.lamina.core.layer.ActivationFunction.ELU;
import static dev.lamina.core.layer.ActivationFunction.LEAKY_RELU;
import static dev.lamina.core.layer.ActivationFunction.LINEAR;
import static dev.lamina.core.layer.ActivationFunction.RELU;
import static dev.lamina.core.layer.ActivationFunction.SIGMOID;
import static dev.lamina.core.layer.ActivationFunction.SOFTMAX;
import static dev.lamina.core.layer.ActivationFunction.TANH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.layer.Padding;
import dev.lamina.core.layer.Shape;
import dev.lamina.core.model.Model;
import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.LayerResult;
import dev.lamina.core.shape.ShapeInference;
import dev.lamina.run.config.Loss;

/** DL4J's parameter counts and output shapes equal the core's, layer by layer, for every layer type. */
class NetworkBuilderTest {

    static Stream<Arguments> oneModelPerLayerType() {
        return Stream.of(
                Arguments.of("Conv2D valid", Model.builder().input(12, 10, 3).conv2d(5, 3, RELU).flatten()
                        .dense(2, SOFTMAX).build()),
                Arguments.of("Conv2D same, stride 2", Model.builder().input(11, 9, 2)
                        .conv2d(4, 3, 2, Padding.SAME, TANH).flatten().dense(1, SIGMOID).build()),
                Arguments.of("Conv2D valid, stride 2, odd size", Model.builder().input(11, 9, 2)
                        .conv2d(4, 3, 2, Padding.VALID, ELU).flatten().dense(3, SOFTMAX).build()),
                Arguments.of("MaxPooling2D (floor)", Model.builder().input(13, 13, 2).conv2d(3, 3, RELU)
                        .maxPooling2d(2).flatten().dense(2, SOFTMAX).build()),
                Arguments.of("AveragePooling2D", Model.builder().input(12, 12, 1).conv2d(3, 3, LEAKY_RELU)
                        .averagePooling2d(2).flatten().dense(2, SOFTMAX).build()),
                Arguments.of("GlobalAveragePooling2D", Model.builder().input(8, 8, 3).conv2d(6, 3, RELU)
                        .globalAveragePooling2d().dense(2, SOFTMAX).build()),
                Arguments.of("GlobalMaxPooling2D", Model.builder().input(8, 8, 3).conv2d(6, 3, RELU)
                        .globalMaxPooling2d().dense(1, SIGMOID).build()),
                Arguments.of("Dense + Dropout", Model.builder().input(6, 6, 1).flatten().dense(16, RELU)
                        .dropout(0.5).dense(3, SOFTMAX).build()),
                Arguments.of("BatchNormalization on images and vectors", Model.builder().input(8, 8, 2)
                        .conv2d(4, 3, RELU).batchNormalization().flatten().dense(8, RELU).batchNormalization()
                        .dense(2, SOFTMAX).build()),
                Arguments.of("Activation", Model.builder().input(6, 6, 1).conv2d(2, 3, LINEAR)
                        .activation(RELU).flatten().dense(2, SOFTMAX).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneModelPerLayerType")
    void parametersAndShapesMatchTheCore(String description, Model model) {
        Analysis analysis = ShapeInference.analyze(model);
        NetworkPlan plan = NetworkBuilder.plan(model, 1);
        MultiLayerNetwork network = NetworkBuilder.create(plan);

        Shape inputShape = analysis.layer(0).output();
        INDArray input = Nd4j.rand(new int[] { 2, inputShape.channels(), inputShape.height(), inputShape.width() });
        List<INDArray> activations = network.feedForward(input, false);

        for (int i = 0; i < model.size(); i++) {
            LayerResult expected = analysis.layer(i);
            int dl4j = plan.dl4jLayerOf(i);
            if (dl4j < 0) {
                continue;
            }
            String where = description + ", " + expected.layer().label();
            assertEquals(expected.params(), network.getLayer(dl4j).numParams(), where + ": parameters");
            assertArrayEquals(nchw(expected.output()), activations.get(dl4j + 1).shape(), where + ": output shape");
        }
        assertEquals(analysis.totalParams(), network.numParams(), description + ": total");
    }

    @Test
    void theCourseModelsHaveKerasTotals() {
        assertEquals(347_690, NetworkBuilder.create(NetworkBuilder.plan(CourseModels.mnistSingleConv(), 1)).numParams());
        assertEquals(1_704_097, NetworkBuilder.create(NetworkBuilder.plan(CourseModels.horsesOrHumans(), 1)).numParams());
        assertEquals(40_198_145, NetworkBuilder.plan(CourseModels.happyOrSad(), 1).configuration().getConfs().stream()
                .mapToLong(conf -> conf.getLayer().initializer().numParams(conf)).sum());
    }

    @Test
    void kerasGlorotUniformKernelsAndZeroBiases() {
        MultiLayerNetwork network = NetworkBuilder.create(NetworkBuilder.plan(CourseModels.mnistSingleConv(), 3));
        INDArray kernel = network.getLayer(0).getParam("W");
        double limit = Math.sqrt(6.0 / (3 * 3 * 1 + 3 * 3 * 16));
        assertEquals(0, network.getLayer(0).getParam("b").sumNumber().doubleValue());
        assertEquals(true, kernel.amaxNumber().doubleValue() <= limit, "|w| <= " + limit);
        assertEquals(true, kernel.amaxNumber().doubleValue() > limit * 0.8, "uniform over the whole range");
    }

    @Test
    void aLossThatDoesNotFitTheOutputIsRefusedNamingTheLayer() {
        ModelNotTrainableException e = assertThrows(ModelNotTrainableException.class,
                () -> NetworkBuilder.plan(CourseModels.mnistSingleConv(), Loss.BINARY_CROSSENTROPY, new Adam(),
                        1));
        assertEquals("dense_1: binary_crossentropy needs a sigmoid output, not softmax", e.getMessage());
    }

    @Test
    void aModelWithErrorsIsRefusedWithTheFirstError() {
        Model broken = Model.builder().input(2, 2, 1).conv2d(4, 3, RELU).flatten().dense(2, SOFTMAX).build();
        ModelNotTrainableException e = assertThrows(ModelNotTrainableException.class,
                () -> NetworkBuilder.plan(broken, 1));
        assertEquals("conv2d: 3×3 kernel does not fit a 2×2 input", e.getMessage());
    }

    @Test
    void theLossDefaultsToWhatTheOutputImplies() {
        assertEquals(Loss.CATEGORICAL_CROSSENTROPY, NetworkBuilder.plan(CourseModels.mnistSingleConv(), 1).loss());
        assertEquals(Loss.BINARY_CROSSENTROPY, NetworkBuilder.plan(CourseModels.horsesOrHumans(), 1).loss());
    }

    private static long[] nchw(Shape shape) {
        return shape.rank() == 3 ? new long[] { 2, shape.channels(), shape.height(), shape.width() }
                : new long[] { 2, shape.dim(0) };
    }
}
