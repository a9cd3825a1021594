// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.images;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.lamina.data.augment.AugmentOptions;
import dev.lamina.data.augment.Augmenter;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.pipeline.BatchPipeline;

/**
 * What training feeds the network for one image, computed by the same calls the batch pipeline makes: the
 * decoder's resize to the input size in the colour mode and interpolation ({@code FolderSource.load}), the
 * rescale, and the augmentation of six epochs drawn from the pipeline's own per-sample seeds.
 *
 * @param original  the file decoded at its own size (RGB, for showing)
 * @param input     the network's input before rescaling
 * @param min       the smallest rescaled value
 * @param max       the largest rescaled value
 * @param mean      the mean rescaled value
 * @param variants  the augmented inputs of epochs 1 to 6 (empty without augmentation), rounded back to 8 bits
 */
public record NetworkInput(PixelImage original, PixelImage input, float min, float max, double mean,
        List<PixelImage> variants) {

    /** How many augmented variants are shown: epochs 1 to 6. */
    public static final int VARIANTS = 6;

    /** The settings that decide the input, as a run configuration holds them. */
    public record Settings(int width, int height, ColorMode colorMode, Interpolation interpolation, float rescale,
            AugmentOptions augmentation, long seed) {
    }

    /**
     * Computes what the network sees of sample {@code sample} (its index in the training order) of file
     * {@code file}.
     */
    public static NetworkInput of(Path file, int sample, Settings settings) {
        ImageDecoder decoder = new ImageDecoder();
        PixelImage original = decoder.decode(file, ColorMode.RGB);
        PixelImage input = decoder.decode(file, settings.colorMode(), settings.width(), settings.height(),
                settings.interpolation());
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        double sum = 0;
        for (byte b : input.pixels()) {
            float value = (b & 0xFF) * settings.rescale();
            min = Math.min(min, value);
            max = Math.max(max, value);
            sum += value;
        }
        List<PixelImage> variants = new ArrayList<>();
        if (!settings.augmentation().isIdentity()) {
            Augmenter augmenter = new Augmenter(settings.augmentation());
            int h = input.height();
            int w = input.width();
            int c = input.channels();
            float[] chw = new float[h * w * c];
            for (int epoch = 0; epoch < VARIANTS; epoch++) {
                augmenter.augment(input, BatchPipeline.augmentationSeed(settings.seed(), epoch, sample), chw, 0, 1f);
                byte[] hwc = new byte[chw.length];
                for (int ch = 0; ch < c; ch++) {
                    for (int p = 0; p < h * w; p++) {
                        hwc[p * c + ch] = (byte) Math.max(0, Math.min(255, Math.round(chw[ch * h * w + p])));
                    }
                }
                variants.add(new PixelImage(w, h, c, hwc));
            }
        }
        return new NetworkInput(original, input, min, max, sum / input.pixels().length, variants);
    }
}
