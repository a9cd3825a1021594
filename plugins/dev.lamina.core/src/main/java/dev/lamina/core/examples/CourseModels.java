// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.examples;

import static dev.lamina.core.layer.ActivationFunction.RELU;
import static dev.lamina.core.layer.ActivationFunction.SIGMOID;
import static dev.lamina.core.layer.ActivationFunction.SOFTMAX;

import dev.lamina.core.model.Model;

/**
 * The models of the Keras beginner course, as shipped under {@code examples/}. Blocks are laid out
 * in a column.
 */
public final class CourseModels {

    private static final int LEFT = 40;
    private static final int TOP = 40;
    private static final int SPACING = 100;

    private CourseModels() {
    }

    /** MNIST with a single convolution: 347,690 parameters. */
    public static Model mnistSingleConv() {
        return Model.builder()
                .input(28, 28, 1)
                .conv2d(16, 3, RELU)
                .maxPooling2d(2)
                .flatten()
                .dense(128, RELU)
                .dense(10, SOFTMAX)
                .columnLayout(LEFT, TOP, SPACING)
                .build();
    }

    /** Horses or humans, 300×300 colour images, five convolutions: 1,704,097 parameters. */
    public static Model horsesOrHumans() {
        return Model.builder()
                .input(300, 300, 3)
                .conv2d(16, 3, RELU).maxPooling2d(2)
                .conv2d(32, 3, RELU).maxPooling2d(2)
                .conv2d(64, 3, RELU).maxPooling2d(2)
                .conv2d(64, 3, RELU).maxPooling2d(2)
                .conv2d(64, 3, RELU).maxPooling2d(2)
                .flatten()
                .dense(512, RELU)
                .dense(1, SIGMOID)
                .columnLayout(LEFT, TOP, SPACING)
                .build();
    }

    /**
     * Happy or sad, three convolutions: 40,198,145 parameters. That count needs 300×300×3 input
     * (the last pooling gives 35×35×64 = 78,400 features into Dense 512); a 150×150 input would
     * give 9,527,297.
     */
    public static Model happyOrSad() {
        return Model.builder()
                .input(300, 300, 3)
                .conv2d(32, 3, RELU).maxPooling2d(2)
                .conv2d(64, 3, RELU).maxPooling2d(2)
                .conv2d(64, 3, RELU).maxPooling2d(2)
                .flatten()
                .dense(512, RELU)
                .dense(1, SIGMOID)
                .columnLayout(LEFT, TOP, SPACING)
                .build();
    }
}
