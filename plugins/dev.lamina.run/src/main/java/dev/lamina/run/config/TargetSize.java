// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

/**
 * The size images are resized to, Keras' {@code target_size=(height, width)}; JSON {@code [height, width]}.
 */
public record TargetSize(int height, int width) {

    public TargetSize {
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("target size must be positive, got " + height + "x" + width);
        }
    }
}
