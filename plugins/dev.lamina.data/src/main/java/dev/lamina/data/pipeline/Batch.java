// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

/**
 * One batch of samples as plain arrays, ready to wrap in a tensor.
 *
 * @param epoch         the epoch this batch belongs to
 * @param index         the batch's position within the epoch
 * @param features      pixel values in NCHW order, after rescaling and augmentation
 * @param featureShape  {@code [n, channels, height, width]}
 * @param labels        {@code [n, classes]} one-hot for categorical, otherwise {@code [n]} class indices
 * @param labelShape    shape of {@code labels}
 * @param sampleIndices which samples of the source are in the batch, in order
 */
public record Batch(int epoch, int index, float[] features, int[] featureShape, float[] labels, int[] labelShape,
        int[] sampleIndices) {

    /** Number of samples in the batch. */
    public int size() {
        return sampleIndices.length;
    }
}
