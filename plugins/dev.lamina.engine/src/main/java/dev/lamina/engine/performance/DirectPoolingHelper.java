// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import java.util.Map;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingHelper;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Max pooling through libnd4j's own {@code maxpool2d} / {@code maxpool2d_bp} kernels with its oneDNN platform
 * helpers switched off for these two ops only (an {@link OpContext} that does not allow helpers).
 * <p>
 * With the oneDNN natives, libnd4j sends every op that has a oneDNN implementation there unless the op's context
 * says no. For a convolution that is a large win; for max pooling in NCHW it is a loss: the reorders into oneDNN's
 * blocked layout and back cost more than the pooling. Measured on the horses model's first pooling
 * ({@code [16, 16, 298, 298]}, 2×2, one thread, AMD EPYC): forward 200 ms through oneDNN, 32 ms direct; backward
 * 265 ms and 115 ms (docs/performance.md). Average pooling and the rest return null, which hands the call back to
 * DL4J's own path.
 */
final class DirectPoolingHelper implements SubsamplingHelper {

    private OpContext forward;
    private OpContext backward;

    @Override
    public INDArray activate(INDArray input, boolean training, int[] kernel, int[] strides, int[] pad,
            PoolingType poolingType, ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        if (poolingType != PoolingType.MAX) {
            return null;
        }
        boolean nchw = format == CNN2DFormat.NCHW;
        int[] outSize = ConvolutionUtils.getOutputSize(input, kernel, strides,
                convolutionMode == ConvolutionMode.Same ? null : pad, convolutionMode, dilation, format);
        int[] padding = paddingFor(input, outSize, kernel, strides, pad, convolutionMode, dilation, format);
        long[] outShape = nchw ? new long[] { input.size(0), input.size(1), outSize[0], outSize[1] }
                : new long[] { input.size(0), outSize[0], outSize[1], input.size(3) };
        INDArray output = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, input.dataType(), outShape, 'c');
        forward = context(forward, kernel, strides, padding, dilation, convolutionMode, nchw);
        forward.setInputArray(0, input);
        forward.setOutputArray(0, output);
        Nd4j.exec(DynamicCustomOp.builder("maxpool2d").build(), forward);
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray epsilon, int[] kernel, int[] strides,
            int[] pad, PoolingType poolingType, ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        if (poolingType != PoolingType.MAX) {
            return null;
        }
        boolean nchw = format == CNN2DFormat.NCHW;
        int h = nchw ? 2 : 1;
        int[] padding = paddingFor(input, new int[] { (int) epsilon.size(h), (int) epsilon.size(h + 1) }, kernel,
                strides, pad, convolutionMode, dilation, format);
        INDArray gradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, input.dataType(),
                input.shape(), 'c');
        backward = context(backward, kernel, strides, padding, dilation, convolutionMode, nchw);
        backward.setInputArray(0, input);
        backward.setInputArray(1, epsilon);
        backward.setOutputArray(0, gradient);
        Nd4j.exec(DynamicCustomOp.builder("maxpool2d_bp").build(), backward);
        return new Pair<>(new DefaultGradient(), gradient);
    }

    private static int[] paddingFor(INDArray input, int[] outSize, int[] kernel, int[] strides, int[] pad,
            ConvolutionMode mode, int[] dilation, CNN2DFormat format) {
        if (mode != ConvolutionMode.Same) {
            return pad;
        }
        int h = format == CNN2DFormat.NCHW ? 2 : 1;
        return ConvolutionUtils.getSameModeTopLeftPadding(outSize,
                new int[] { (int) input.size(h), (int) input.size(h + 1) }, kernel, strides, dilation);
    }

    private static OpContext context(OpContext existing, int[] kernel, int[] strides, int[] pad, int[] dilation,
            ConvolutionMode mode, boolean nchw) {
        OpContext context = existing != null ? existing : Nd4j.getExecutioner().buildContext();
        context.purge();
        context.allowHelpers(false);
        context.setIArguments(kernel[0], kernel[1], strides[0], strides[1], pad[0], pad[1], dilation[0], dilation[1],
                mode == ConvolutionMode.Same ? 1 : 0, 0, nchw ? 0 : 1);
        return context;
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return Map.of();
    }

    @Override
    public boolean checkSupported() {
        return true;
    }
}
