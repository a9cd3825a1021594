// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import java.util.List;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.inputs.InputType.InputTypeConvolutional;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;

/**
 * The floating-point operations of one image's training step, counted from the layers' multiply-adds: a Conv2D's
 * {@code outH·outW·filters·kH·kW·inChannels}, a Dense layer's {@code in·units}, two operations each; the backward
 * pass costs about twice the forward one. Pooling, activations and the updater are left out: a measure of work for
 * deciding how to share a step among cores, not a profile.
 */
public final class TrainingFlops {

    private TrainingFlops() {
    }

    /** Training FLOPs per image of {@code configuration} fed {@code channels × height × width} images. */
    public static double perImage(MultiLayerConfiguration configuration, long channels, long height, long width) {
        List<InputType> outputs = configuration.getLayerActivationTypes(
                InputType.convolutional(height, width, channels));
        double forward = 0;
        for (int i = 0; i < configuration.getConfs().size(); i++) {
            Layer layer = configuration.getConf(i).getLayer();
            if (layer instanceof ConvolutionLayer conv && outputs.get(i) instanceof InputTypeConvolutional out) {
                int[] kernel = conv.getKernelSize();
                forward += 2.0 * out.getHeight() * out.getWidth() * conv.getNOut() * kernel[0] * kernel[1]
                        * conv.getNIn();
            } else if (layer instanceof FeedForwardLayer dense && !(layer instanceof ConvolutionLayer)) {
                forward += 2.0 * dense.getNIn() * dense.getNOut();
            }
        }
        return 3 * forward;
    }
}
