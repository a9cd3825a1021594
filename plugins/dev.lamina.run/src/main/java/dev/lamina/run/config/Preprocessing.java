// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import dev.lamina.data.augment.AugmentOptions;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.Interpolation;

import java.util.Optional;

/**
 * How samples are prepared, as Keras' {@code ImageDataGenerator} and {@code flow_from_directory}.
 *
 * @param targetSize    resize to this size; empty: the size of the model's {@code Input}
 * @param colorMode     channels; empty: from the model's {@code Input} (1 → grayscale, 3 → rgb, 4 → rgba)
 * @param interpolation resampling used to resize
 * @param rescale       factor applied to every 0..255 pixel value, e.g. {@code 1/255}
 * @param augmentation  random augmentation of training samples ({@link AugmentOptions#none()} for none)
 */
public record Preprocessing(Optional<TargetSize> targetSize, Optional<ColorMode> colorMode,
        Interpolation interpolation, double rescale, AugmentOptions augmentation) {

    public Preprocessing {
        if (targetSize == null || colorMode == null || interpolation == null || augmentation == null) {
            throw new IllegalArgumentException("preprocessing fields must not be null (use Optional.empty() "
                    + "and AugmentOptions.none())");
        }
        if (!(rescale > 0) || Double.isInfinite(rescale)) {
            throw new IllegalArgumentException("rescale must be a positive number, got " + rescale);
        }
    }

    /** Size and colour from the model, nearest resampling, no rescale, no augmentation. */
    public static Preprocessing defaults() {
        return new Preprocessing(Optional.empty(), Optional.empty(), Interpolation.NEAREST, 1, AugmentOptions.none());
    }

    public Preprocessing withTargetSize(TargetSize size) {
        return new Preprocessing(Optional.ofNullable(size), colorMode, interpolation, rescale, augmentation);
    }

    public Preprocessing withColorMode(ColorMode mode) {
        return new Preprocessing(targetSize, Optional.ofNullable(mode), interpolation, rescale, augmentation);
    }

    public Preprocessing withInterpolation(Interpolation resampling) {
        return new Preprocessing(targetSize, colorMode, resampling, rescale, augmentation);
    }

    public Preprocessing withRescale(double factor) {
        return new Preprocessing(targetSize, colorMode, interpolation, factor, augmentation);
    }

    public Preprocessing withAugmentation(AugmentOptions options) {
        return new Preprocessing(targetSize, colorMode, interpolation, rescale, options);
    }

    /** The target size to use for a model whose {@code Input} is {@code height x width}. */
    public TargetSize targetSizeOr(int height, int width) {
        return targetSize.orElseGet(() -> new TargetSize(height, width));
    }

    /** The colour mode to use for a model whose {@code Input} has {@code channels} channels. */
    public ColorMode colorModeOr(int channels) {
        return colorMode.orElseGet(() -> switch (channels) {
            case 1 -> ColorMode.GRAYSCALE;
            case 3 -> ColorMode.RGB;
            case 4 -> ColorMode.RGBA;
            default -> throw new IllegalArgumentException("the model's input has " + channels
                    + " channels; images have 1 (grayscale), 3 (rgb) or 4 (rgba)");
        });
    }
}
