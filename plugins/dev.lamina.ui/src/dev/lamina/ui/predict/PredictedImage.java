// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.predict;

import java.nio.file.Path;

import dev.lamina.data.image.PixelImage;
import dev.lamina.engine.inference.Prediction;

/**
 * One row of the Predict view: the engine's {@link Prediction} for an image, the image's class when its folder
 * names one of the model's classes, and a thumbnail.
 *
 * @param actual the class index its class folder names, or -1 when unknown
 */
public record PredictedImage(Prediction prediction, int actual, PixelImage thumbnail) {

    public Path file() {
        return prediction.file();
    }

    /** Whether the image's class is known (it lies in a class folder named as one of the model's classes). */
    public boolean labelled() {
        return actual >= 0;
    }

    public boolean correct() {
        return labelled() && actual == prediction.classIndex();
    }

    /**
     * The probability of each class: the network's outputs, or for one sigmoid unit {@code 1 − p} and {@code p} (the
     * course's binary models answer with the second class's probability).
     */
    public double[] probabilities() {
        float[] outputs = prediction.outputs();
        if (outputs.length == 1) {
            return new double[] { 1 - outputs[0], outputs[0] };
        }
        double[] p = new double[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            p[i] = outputs[i];
        }
        return p;
    }
}
