// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.Interpolation;

/**
 * Keras {@code flow_from_directory} options that decide which images a dataset holds and how each
 * is decoded. (Batching, shuffling, rescaling and labels are {@link dev.lamina.data.pipeline.PipelineOptions}.)
 *
 * @param height          target rows ({@code target_size[0]})
 * @param width           target columns ({@code target_size[1]})
 * @param colorMode       channels after decoding
 * @param interpolation   resampling used for resizing
 * @param validationSplit fraction of each class held out for validation (0 for none)
 * @param scan            class list, verification and limits for the scan
 */
public record FolderOptions(int height, int width, ColorMode colorMode, Interpolation interpolation,
        double validationSplit, ScanOptions scan) {

    public FolderOptions {
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + height + "x" + width);
        }
        if (!(validationSplit >= 0 && validationSplit < 1)) {
            throw new IllegalArgumentException("validation split must be in [0, 1): " + validationSplit);
        }
        if (colorMode == null || interpolation == null || scan == null) {
            throw new IllegalArgumentException("colour mode, interpolation and scan options are required");
        }
    }

    /** Keras' defaults: 256x256 RGB, nearest, no validation split. */
    public static FolderOptions defaults() {
        return new FolderOptions(256, 256, ColorMode.RGB, Interpolation.NEAREST, 0, ScanOptions.defaults());
    }

    /** These options with target size {@code height x width}. */
    public FolderOptions withTargetSize(int rows, int columns) {
        return new FolderOptions(rows, columns, colorMode, interpolation, validationSplit, scan);
    }

    public FolderOptions withColorMode(ColorMode mode) {
        return new FolderOptions(height, width, mode, interpolation, validationSplit, scan);
    }

    public FolderOptions withInterpolation(Interpolation resampling) {
        return new FolderOptions(height, width, colorMode, resampling, validationSplit, scan);
    }

    public FolderOptions withValidationSplit(double fraction) {
        return new FolderOptions(height, width, colorMode, interpolation, fraction, scan);
    }

    public FolderOptions withScan(ScanOptions options) {
        return new FolderOptions(height, width, colorMode, interpolation, validationSplit, options);
    }
}
