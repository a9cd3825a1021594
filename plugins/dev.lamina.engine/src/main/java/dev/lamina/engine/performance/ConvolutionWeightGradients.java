// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import java.nio.FloatBuffer;
import java.util.Arrays;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The weight and bias gradients of a 2-D convolution (NCHW, stride 1, no padding, no dilation), without the gradient
 * at its input: what a network's first layer needs, whose input gradient training throws away.
 * <p>
 * libnd4j's {@code conv2d_bp} always computes the input gradient too, through oneDNN with reorder buffers allocated
 * afresh on every call: for the horses model's first layer (3×300×300 → 16, 16 images, one core) 113–135 ms and about
 * 700 MiB of peak memory at batch 32, where the weights alone are 18 ms in PyTorch. Here the gradients are one matrix
 * product per image, {@code dW[f][c,kh,kw] = Σ δ[f][y,x] · in[c][y+kh][x+kw]}: the image's patches laid out as
 * rows ({@code im2col}) in a buffer kept from call to call, a last row of ones that gives the bias gradient
 * ({@code Σ δ[f][y,x]}) in the same product, and one {@code gemm} ({@code [F, P] × [P, C·kH·kW + 1]}, accumulated
 * over the images; small images a few to a product, their gradients gathered side by side). The product runs through
 * one op context kept with the buffers. Not thread-safe: each layer (and each replica's layer) has its own.
 */
final class ConvolutionWeightGradients {

    /** Floats of patches gathered for one product: a few MB, so that small images go in one product, not one each. */
    private static final int CHUNK_FLOATS = 1 << 20;

    private INDArray patches;
    private INDArray deltas;
    private INDArray product;
    private OpContext context;
    private float[] plane = new float[0];
    private float[] row = new float[0];

    /**
     * Whether {@link #compute} takes this convolution: float arrays, the input {@code [N, C, H, W]} and the gradient
     * at the output {@code [N, F, H-kH+1, W-kW+1]} each laid out row-major without gaps.
     */
    static boolean handles(INDArray input, INDArray epsilon, int[] kernel, int[] strides, int[] padding,
            int[] dilation, boolean sameMode) {
        if (sameMode || kernel.length != 2 || !all(strides, 1) || !all(padding, 0) || !all(dilation, 1)
                || !contiguous(input) || !contiguous(epsilon) || input.rank() != 4 || epsilon.rank() != 4) {
            return false;
        }
        long[] in = input.shape();
        long[] out = epsilon.shape();
        return in[0] == out[0] && out[2] == in[2] - kernel[0] + 1 && out[3] == in[3] - kernel[1] + 1
                && (in[1] * kernel[0] * kernel[1] + 1) * out[2] * out[3] < Integer.MAX_VALUE;
    }

    /**
     * Writes the weight gradient ({@code [F, C, kH, kW]}) and the bias gradient ({@code F} values, unless
     * {@code biasGradient} is null) of the convolution that took {@code input} and whose output has the gradient
     * {@code epsilon}; {@link #handles} must hold.
     */
    void compute(INDArray input, INDArray epsilon, int[] kernel, INDArray weightGradient, INDArray biasGradient) {
        int images = (int) input.size(0);
        int channels = (int) input.size(1);
        int filters = (int) epsilon.size(1);
        int positions = (int) (epsilon.size(2) * epsilon.size(3));
        int rows = channels * kernel[0] * kernel[1];
        int chunk = chunk(images, (long) (rows + 1) * positions);

        try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            ensureBuffers(rows, positions, filters, chunk);
            // one view of each buffer for the whole batch: a view costs a direct buffer and a pointer
            FloatBuffer from = input.data().asNioFloat();
            FloatBuffer to = patches.data().asNioFloat();
            for (int first = 0; first < images; first += chunk) {
                for (int n = 0; n < chunk; n++) {
                    gatherPatches(input, from, to, first + n, n * positions, kernel, (int) epsilon.size(2),
                            (int) epsilon.size(3));
                }
                INDArray delta = chunk == 1
                        ? Nd4j.create(epsilon.data(), new long[] { filters, positions }, new long[] { positions, 1 },
                                epsilon.offset() + (long) first * filters * positions, 'c')
                        : gatherDeltas(epsilon, first, chunk, filters, positions);
                context.setIArguments(0, 1, 0); // delta × patchesᵀ
                context.setTArguments(1.0, first == 0 ? 0.0 : 1.0);
                context.setInputArrays(delta, patches);
                context.setOutputArrays(product);
                Nd4j.exec(new Mmul(), context);
            }
            float[] sums = product.data().asFloat();
            float[] weights = new float[filters * rows];
            float[] bias = new float[filters];
            for (int f = 0; f < filters; f++) {
                System.arraycopy(sums, f * (rows + 1), weights, f * rows, rows);
                bias[f] = sums[f * (rows + 1) + rows];
            }
            weightGradient.assign(Nd4j.create(weights, weightGradient.shape(), 'c'));
            if (biasGradient != null) {
                biasGradient.assign(Nd4j.create(bias, biasGradient.shape(), 'c'));
            }
        }
    }

    /** The largest number of images, dividing {@code images}, whose patches fit {@link #CHUNK_FLOATS} (at least 1). */
    private static int chunk(int images, long floatsPerImage) {
        long fit = Math.max(1, Math.min(images, CHUNK_FLOATS / floatsPerImage));
        for (int chunk = (int) fit; chunk > 1; chunk--) {
            if (images % chunk == 0) {
                return chunk;
            }
        }
        return 1;
    }

    /** Image {@code n}'s patches into the patch rows from column {@code column} on. */
    private void gatherPatches(INDArray input, FloatBuffer from, FloatBuffer to, int n, int column, int[] kernel,
            int outHeight, int outWidth) {
        int channels = (int) input.size(1);
        int width = (int) input.size(3);
        int planeSize = (int) (input.size(2) * width);
        int stride = (int) patches.size(1);
        if (plane.length < planeSize) {
            plane = new float[planeSize];
        }
        for (int c = 0; c < channels; c++) {
            from.get((int) input.offset() + (n * channels + c) * planeSize, plane, 0, planeSize);
            for (int kh = 0; kh < kernel[0]; kh++) {
                for (int kw = 0; kw < kernel[1]; kw++) {
                    int at = ((c * kernel[0] + kh) * kernel[1] + kw) * stride + column;
                    for (int y = 0; y < outHeight; y++) {
                        to.put(at + y * outWidth, plane, (y + kh) * width + kw, outWidth);
                    }
                }
            }
        }
    }

    /** The gradients of images {@code first}… as {@code [F, chunk · P]}: each filter's rows side by side. */
    private INDArray gatherDeltas(INDArray epsilon, int first, int chunk, int filters, int positions) {
        if (row.length < positions) {
            row = new float[positions];
        }
        FloatBuffer from = epsilon.data().asNioFloat();
        FloatBuffer to = deltas.data().asNioFloat();
        for (int n = 0; n < chunk; n++) {
            for (int f = 0; f < filters; f++) {
                from.get((int) epsilon.offset() + ((first + n) * filters + f) * positions, row, 0, positions);
                to.put((f * chunk + n) * positions, row, 0, positions);
            }
        }
        return deltas;
    }

    /** The patch rows plus the row of ones, the gathered gradients and the product, kept while their sizes hold. */
    private void ensureBuffers(int rows, int positions, int filters, int chunk) {
        long columns = (long) chunk * positions;
        if (patches == null || patches.size(0) != rows + 1 || patches.size(1) != columns) {
            patches = Nd4j.createUninitialized(DataType.FLOAT, new long[] { rows + 1, columns }, 'c');
            float[] ones = new float[(int) columns];
            Arrays.fill(ones, 1f);
            patches.data().asNioFloat().put(rows * (int) columns, ones, 0, (int) columns);
        }
        if (chunk > 1 && (deltas == null || deltas.size(0) != filters || deltas.size(1) != columns)) {
            deltas = Nd4j.createUninitialized(DataType.FLOAT, new long[] { filters, columns }, 'c');
        }
        if (product == null || product.size(0) != filters || product.size(1) != rows + 1) {
            product = Nd4j.create(DataType.FLOAT, new long[] { filters, rows + 1 }, 'c');
        }
        if (context == null) {
            context = Nd4j.getExecutioner().buildContext();
        }
    }

    private static boolean all(int[] values, int expected) {
        return values != null && Arrays.stream(values).allMatch(v -> v == expected);
    }

    private static boolean contiguous(INDArray a) {
        return a != null && a.dataType() == DataType.FLOAT && !a.isEmpty() && a.ordering() == 'c'
                && a.elementWiseStride() == 1 && a.offset() + a.length() <= Integer.MAX_VALUE
                && a.data().length() >= a.offset() + a.length();
    }
}
