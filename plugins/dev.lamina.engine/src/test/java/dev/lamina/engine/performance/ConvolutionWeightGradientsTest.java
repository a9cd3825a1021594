// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A convolution's weight and bias gradients without its input gradient are libnd4j's {@code conv2d_bp} gradients to
 * float rounding, on real images (Fashion-MNIST pictures, three to a sample as its channels) for several kernel
 * shapes, and the convolutions it does not take are refused.
 */
class ConvolutionWeightGradientsTest {

    private static final int[] ONE = { 1, 1 };
    private static final int[] NONE = { 0, 0 };

    @Test
    void equalsLibnd4jsWeightAndBiasGradients() {
        INDArray input = FashionMnistImages.first(8 * 3).reshape('c', 8, 3, 28, 28);
        ConvolutionWeightGradients gradients = new ConvolutionWeightGradients(); // one object: its buffers are reused
        for (int[] kernel : new int[][] { { 3, 3 }, { 2, 4 }, { 1, 1 }, { 28, 28 }, { 3, 3 } }) {
            int filters = 5;
            INDArray weights = Nd4j.rand(DataType.FLOAT, filters, 3, kernel[0], kernel[1]).subi(0.5);
            INDArray bias = Nd4j.rand(DataType.FLOAT, filters);
            INDArray epsilon = Nd4j.rand(DataType.FLOAT, 8, filters, 29 - kernel[0], 29 - kernel[1]).subi(0.5);
            assertTrue(ConvolutionWeightGradients.handles(input, epsilon, kernel, ONE, NONE, ONE, false));

            INDArray expectedWeights = Nd4j.create(DataType.FLOAT, weights.shape());
            INDArray expectedBias = Nd4j.create(DataType.FLOAT, filters);
            OpContext context = Nd4j.getExecutioner().buildContext();
            context.setIArguments(kernel[0], kernel[1], 1, 1, 0, 0, 1, 1, 0, 0, 1); // NCHW, weights [oC, iC, kH, kW]
            context.setInputArrays(input, weights, bias, epsilon);
            context.setOutputArrays(Nd4j.create(DataType.FLOAT, input.shape()), expectedWeights, expectedBias);
            Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").build(), context);

            INDArray actualWeights = Nd4j.valueArrayOf(weights.shape(), Float.NaN, DataType.FLOAT);
            INDArray actualBias = Nd4j.valueArrayOf(new long[] { 1, filters }, Float.NaN, DataType.FLOAT);
            gradients.compute(input, epsilon, kernel, actualWeights, actualBias);
            String what = kernel[0] + "x" + kernel[1];
            assertClose(expectedWeights, actualWeights, what + " weights");
            assertClose(expectedBias.reshape(1, filters), actualBias, what + " bias");

            INDArray noBias = Nd4j.valueArrayOf(weights.shape(), Float.NaN, DataType.FLOAT);
            gradients.compute(input, epsilon, kernel, noBias, null);
            assertClose(expectedWeights, noBias, what + " weights of a convolution without bias");
        }
    }

    @Test
    void refusesWhatItDoesNotCompute() {
        INDArray input = FashionMnistImages.first(2 * 3).reshape('c', 2, 3, 28, 28);
        int[] kernel = { 3, 3 };
        INDArray epsilon = Nd4j.rand(DataType.FLOAT, 2, 4, 26, 26);
        assertTrue(ConvolutionWeightGradients.handles(input, epsilon, kernel, ONE, NONE, ONE, false));
        assertFalse(ConvolutionWeightGradients.handles(input, epsilon, kernel, new int[] { 2, 2 }, NONE, ONE, false),
                "stride 2");
        assertFalse(ConvolutionWeightGradients.handles(input, epsilon, kernel, ONE, new int[] { 1, 1 }, ONE, false),
                "padding");
        assertFalse(ConvolutionWeightGradients.handles(input, epsilon, kernel, ONE, NONE, new int[] { 2, 2 }, false),
                "dilation");
        assertFalse(ConvolutionWeightGradients.handles(input, epsilon, kernel, ONE, NONE, ONE, true), "Same mode");
        assertFalse(ConvolutionWeightGradients.handles(input.permute(0, 2, 3, 1), epsilon, kernel, ONE, NONE, ONE,
                false), "channels last (a permuted view)");
        assertFalse(ConvolutionWeightGradients.handles(input, Nd4j.rand(DataType.FLOAT, 2, 4, 24, 24), kernel, ONE,
                NONE, ONE, false), "an output of another size");
        assertFalse(ConvolutionWeightGradients.handles(input.castTo(DataType.DOUBLE), epsilon, kernel, ONE, NONE, ONE,
                false), "doubles");
    }

    /** Equal to 1e-4 of the largest magnitude: float sums of up to 6,272 products, added in another order. */
    private static void assertClose(INDArray expected, INDArray actual, String what) {
        double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
        double worst = expected.sub(actual.reshape(expected.shape())).amaxNumber().doubleValue();
        assertTrue(worst <= 1e-4 * scale, what + ": off by " + worst + " of " + scale);
    }
}
