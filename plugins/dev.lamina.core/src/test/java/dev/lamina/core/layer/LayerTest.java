// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerTest {

    private static Propagation.Output output(Layer layer, Shape input) {
        return assertInstanceOf(Propagation.Output.class, layer.propagate(input));
    }

    @Test
    void conv2dFollowsKerasArithmetic() {
        Conv2D valid = new Conv2D("c", 16, 3, ActivationFunction.RELU);
        Propagation.Output out = output(valid, Shape.image(28, 28, 1));
        assertEquals(Shape.image(26, 26, 16), out.shape());
        assertEquals(160, out.trainableParams());
        assertEquals(26 * 26 * 16 * 9, out.macs());

        Conv2D strided = new Conv2D("c", 8, new Window(5, 3), Window.square(2), Padding.VALID,
                ActivationFunction.LINEAR, false);
        Propagation.Output s = output(strided, Shape.image(11, 10, 4));
        assertEquals(Shape.image(4, 4, 8), s.shape()); // floor((11-5)/2)+1 = 4, floor((10-3)/2)+1 = 4
        assertEquals(5 * 3 * 4 * 8, s.trainableParams());

        Conv2D same = new Conv2D("c", 8, Window.square(3), Window.square(2), Padding.SAME,
                ActivationFunction.LINEAR, true);
        assertEquals(Shape.image(6, 5, 8), output(same, Shape.image(11, 10, 4)).shape()); // ceil(11/2), ceil(10/2)
    }

    @Test
    void poolingDefaultsStridesToPoolSize() {
        MaxPooling2D pool = new MaxPooling2D("p", 2);
        assertEquals(Window.square(2), pool.strides());
        assertEquals(Shape.image(13, 13, 16), output(pool, Shape.image(26, 26, 16)).shape());
        assertEquals(Shape.image(149, 149, 16), output(pool, Shape.image(298, 298, 16)).shape());
        MaxPooling2D overlapping = new MaxPooling2D("p", Window.square(3), Window.square(2), Padding.VALID);
        assertEquals(Shape.image(6, 6, 1), output(overlapping, Shape.image(13, 13, 1)).shape());
        AveragePooling2D same = new AveragePooling2D("p", Window.square(2), null, Padding.SAME);
        Propagation.Output avg = output(same, Shape.image(5, 5, 3));
        assertEquals(Shape.image(3, 3, 3), avg.shape());
        assertEquals(27 * 4, avg.macs());
    }

    @Test
    void globalPoolingFlattenAndPassThroughLayers() {
        Shape image = Shape.image(7, 7, 64);
        assertEquals(Shape.flat(64), output(new GlobalAveragePooling2D("g"), image).shape());
        assertEquals(Shape.flat(64), output(new GlobalMaxPooling2D("g"), image).shape());
        assertEquals(Shape.flat(3136), output(new Flatten("f"), image).shape());
        assertEquals(image, output(new Dropout("d", 0.2), image).shape());
        assertEquals(image, output(new ActivationLayer("a", ActivationFunction.TANH), image).shape());
    }

    @Test
    void denseAndBatchNormalizationParameters() {
        Propagation.Output dense = output(new Dense("d", 128, ActivationFunction.RELU), Shape.flat(2704));
        assertEquals(346_240, dense.trainableParams());
        assertEquals(2704 * 128, dense.macs());
        assertEquals(2704 * 128, output(new Dense("d", 128, ActivationFunction.RELU, false), Shape.flat(2704))
                .trainableParams());

        Propagation.Output norm = output(new BatchNormalization("bn"), Shape.image(13, 13, 32));
        assertEquals(64, norm.trainableParams());
        assertEquals(64, norm.nonTrainableParams());
        Propagation.Output noScale = output(new BatchNormalization("bn", 0.9, 1e-5, true, false), Shape.flat(10));
        assertEquals(10, noScale.trainableParams());
        assertEquals(20, noScale.nonTrainableParams());
    }

    @Test
    void rejectionsSayWhatDoesNotFit() {
        assertEquals(new Propagation.Rejected("3×3 kernel does not fit a 2×2 input"),
                new Conv2D("c", 8, 3, ActivationFunction.RELU).propagate(Shape.image(2, 2, 64)));
        assertEquals(new Propagation.Rejected("2×2 pool does not fit a 1×1 input"),
                new MaxPooling2D("p", 2).propagate(Shape.image(1, 1, 8)));
        assertEquals(new Propagation.Rejected("needs a flat input; add Flatten"),
                new Dense("d", 10, ActivationFunction.SOFTMAX).propagate(Shape.image(13, 13, 16)));
        assertEquals(new Propagation.Rejected("needs an image input (height, width, channels), got (None, 128)"),
                new Conv2D("c", 8, 3, ActivationFunction.RELU).propagate(Shape.flat(128)));
        assertEquals(new Propagation.Rejected("Input must be the first layer"),
                new InputLayer("i", 2, 2, 1).propagate(Shape.flat(3)));
    }

    @Test
    void validationNamesTheParameterAndRange() {
        assertEquals("filters: expected a positive integer, got -3",
                assertThrows(InvalidParameterException.class,
                        () -> new Conv2D("c", -3, 3, ActivationFunction.RELU)).getMessage());
        assertEquals("kernel_size: expected two positive integers [height, width], got [0, 3]",
                assertThrows(InvalidParameterException.class, () -> new Conv2D("c", 3, new Window(0, 3),
                        Window.square(1), Padding.VALID, ActivationFunction.RELU, true)).getMessage());
        assertEquals("rate: expected a number from 0 up to but excluding 1, got 1",
                assertThrows(InvalidParameterException.class, () -> new Dropout("d", 1.0)).getMessage());
        assertEquals("epsilon: expected a positive number, got 0",
                assertThrows(InvalidParameterException.class,
                        () -> new BatchNormalization("b", 0.99, 0, true, true)).getMessage());
        InvalidParameterException name = assertThrows(InvalidParameterException.class, () -> new Flatten("my layer"));
        assertEquals("name", name.parameter());
    }

    @Test
    void defaultNamesFollowKeras() {
        assertEquals("conv2d", LayerNames.unique(LayerKind.CONV2D, Set.of()));
        assertEquals("conv2d_1", LayerNames.unique(LayerKind.CONV2D, Set.of("conv2d")));
        assertEquals("max_pooling2d_2", LayerNames.unique(LayerKind.MAX_POOLING2D,
                Set.of("max_pooling2d", "max_pooling2d_1")));
        assertEquals("input_1", LayerNames.unique(LayerKind.INPUT, Set.of()));
        assertEquals("global_average_pooling2d", LayerNames.unique(LayerKind.GLOBAL_AVERAGE_POOLING2D, List.of()));
        assertEquals("batch_normalization", LayerNames.unique(LayerKind.BATCH_NORMALIZATION, List.of()));
    }

    @Test
    void shapesPrintAsKerasDoes() {
        assertEquals("(None, 26, 26, 16)", Shape.image(26, 26, 16).toString());
        assertEquals("(None, 10)", Shape.flat(10).toString());
    }
}
