// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.inference;

/**
 * One layer's output for one image, channels first as DL4J computes it.
 *
 * @param values {@code channels × height × width} values in C order
 */
public record LayerActivation(String layerName, String layerType, int channels, int height, int width,
        float[] values) {
}
