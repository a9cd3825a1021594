// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.inference;

import java.nio.file.Path;

/**
 * The model's answer for one image.
 *
 * @param classIndex  the predicted class
 * @param className   its name
 * @param probability the predicted class's probability (for one sigmoid unit: p for the second class, 1 − p for
 *                    the first)
 * @param outputs     the network's raw outputs
 */
public record Prediction(Path file, int classIndex, String className, double probability, float[] outputs) {
}
