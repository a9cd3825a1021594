// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The branch-free 2×2 max pooling gives libnd4j's pooled values, and its backward pass libnd4j's gradient followed
 * by ReLU's derivative, to the bit, on real images: Fashion-MNIST's pixels are never negative, a good part of them are 0 (whole windows of background)
 * and many windows hold the same largest value more than once.
 */
class ReluMaxPoolingGradientsTest {

    @Test
    void equalsLibnd4jsGradientTimesReluDerivative() {
        INDArray images = FashionMnistImages.first(32);
        for (int size : new int[] { 28, 27, 2, 3 }) {
            INDArray input = images.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, size),
                    NDArrayIndex.interval(0, size)).dup('c');
            INDArray epsilon = Nd4j.rand(DataType.FLOAT, 32, 1, size / 2, size / 2).subi(0.5);
            assertTrue(ReluMaxPoolingGradients.takes(input, epsilon));

            INDArray expected = Nd4j.create(DataType.FLOAT, input.shape());
            OpContext context = Nd4j.getExecutioner().buildContext();
            context.allowHelpers(false);
            context.setIArguments(2, 2, 2, 2, 0, 0, 1, 1, 0, 0, 0);
            context.setInputArrays(input, epsilon);
            context.setOutputArrays(expected);
            Nd4j.exec(DynamicCustomOp.builder("maxpool2d_bp").build(), context);
            expected.muli(input.gt(0).castTo(DataType.FLOAT));

            INDArray actual = Nd4j.valueArrayOf(input.shape(), Float.NaN, DataType.FLOAT); // every element written
            ReluMaxPoolingGradients.backward(input, epsilon, actual);
            assertEquals(expected, actual, size + "x" + size);
        }
        long ties = countWindowsWithTiedPositiveMaxima(images);
        assertTrue(ties > 20, "the data has tied maxima for the first-largest rule to decide: " + ties);
    }

    @Test
    void theForwardPassEqualsLibnd4js() {
        INDArray images = FashionMnistImages.first(32);
        for (int size : new int[] { 28, 27, 2, 3 }) {
            INDArray input = images.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, size),
                    NDArrayIndex.interval(0, size)).dup('c');
            assertTrue(ReluMaxPoolingGradients.takes(input));
            INDArray expected = Nd4j.create(DataType.FLOAT, 32, 1, size / 2, size / 2);
            OpContext context = Nd4j.getExecutioner().buildContext();
            context.allowHelpers(false);
            context.setIArguments(2, 2, 2, 2, 0, 0, 1, 1, 0, 0, 0);
            context.setInputArrays(input);
            context.setOutputArrays(expected);
            Nd4j.exec(DynamicCustomOp.builder("maxpool2d").build(), context);

            INDArray actual = Nd4j.valueArrayOf(expected.shape(), Float.NaN, DataType.FLOAT);
            ReluMaxPoolingGradients.forward(input, actual);
            assertEquals(expected, actual, size + "x" + size);
        }
    }

    @Test
    void takesOnlyContiguousHalvedShapes() {
        INDArray input = Nd4j.rand(DataType.FLOAT, 2, 3, 6, 6);
        assertTrue(ReluMaxPoolingGradients.takes(input, Nd4j.rand(DataType.FLOAT, 2, 3, 3, 3)));
        assertFalse(ReluMaxPoolingGradients.takes(input, Nd4j.rand(DataType.FLOAT, 2, 3, 2, 2)), "3x3 pooling");
        assertFalse(ReluMaxPoolingGradients.takes(input.permute(0, 2, 3, 1).dup('c').permute(0, 3, 1, 2),
                Nd4j.rand(DataType.FLOAT, 2, 3, 3, 3)), "NHWC underneath");
        assertFalse(ReluMaxPoolingGradients.takes(input.castTo(DataType.DOUBLE),
                Nd4j.rand(DataType.DOUBLE, 2, 3, 3, 3)), "doubles");
    }

    private static long countWindowsWithTiedPositiveMaxima(INDArray images) {
        long ties = 0;
        for (int n = 0; n < images.size(0); n++) {
            for (int y = 0; y + 1 < 28; y += 2) {
                for (int x = 0; x + 1 < 28; x += 2) {
                    float[] v = { images.getFloat(n, 0, y, x), images.getFloat(n, 0, y, x + 1),
                            images.getFloat(n, 0, y + 1, x), images.getFloat(n, 0, y + 1, x + 1) };
                    float max = Math.max(Math.max(v[0], v[1]), Math.max(v[2], v[3]));
                    int at = 0;
                    for (float f : v) {
                        at += f == max ? 1 : 0;
                    }
                    ties += at > 1 && max > 0 ? 1 : 0;
                }
            }
        }
        return ties;
    }
}
