// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.images;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.lamina.data.folder.FolderDataset;
import dev.lamina.data.folder.FolderOptions;
import dev.lamina.data.folder.FolderSource;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.folder.ValidationPart;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.PipelineOptions;
import dev.lamina.engine.training.Trainer;

/**
 * What training feeds the network for one image, made by the training code itself: the image's sample of the
 * {@link FolderDataset} training builds from the scan (so its index, which seeds its augmentation, is the one
 * training gives it), decoded by its {@link FolderSource}, and its features as a {@link BatchPipeline} with the
 * trainer's options puts them in a batch, unaugmented and in epochs 1 to 6.
 *
 * @param original   the file decoded at its own size (RGB, for showing)
 * @param input      the network's input before rescaling (the source's decode at the input size)
 * @param tensor     the rescaled input, channels first, as a batch without augmentation holds it
 * @param min        the smallest rescaled value
 * @param max        the largest rescaled value
 * @param mean       the mean rescaled value
 * @param training   whether the image is a training sample (else it validates, never augmented)
 * @param sample     its index in the training (or validation) samples
 * @param augmented  the features of epochs 1 to 6 as training batches hold them (empty without augmentation)
 * @param variants   {@code augmented} divided by the rescale and rounded back to 8 bits, for showing
 */
public record NetworkInput(PixelImage original, PixelImage input, float[] tensor, float min, float max, double mean,
        boolean training, int sample, List<float[]> augmented, List<PixelImage> variants) {

    /** How many augmented variants are shown: epochs 1 to 6. */
    public static final int VARIANTS = 6;

    /**
     * The settings that decide the input: how training decodes (size, colour, interpolation) and batches
     * (rescale, augmentation, seed) the dataset.
     */
    public record Settings(FolderOptions folder, PipelineOptions pipeline) {
    }

    /**
     * Computes what the network sees of {@code file}, a usable image of {@code report}, divided into training and
     * validation as {@code validation} says ({@code null}: all of it trains).
     *
     * @throws IllegalArgumentException when the file is not one of the report's usable images
     */
    public static NetworkInput of(ScanReport report, ValidationPart validation, Path file, Settings settings) {
        FolderDataset dataset = validation != null && validation.validationReport() != null
                ? FolderDataset.of(report, validation.validationReport(), settings.folder())
                : FolderDataset.of(report, settings.folder().withValidationSplit(validation == null ? 0
                        : validation.split()));
        int sample = indexOf(dataset.training(), file);
        boolean training = sample >= 0;
        FolderSource source = dataset.training();
        PipelineOptions options = settings.pipeline();
        if (!training) {
            source = dataset.validation();
            sample = indexOf(source, file);
            options = Trainer.validationOptions(options);
            if (sample < 0) {
                throw new IllegalArgumentException(file + " is not a usable image of the dataset");
            }
        }
        // one thread and no cache: a pipeline for one sample
        options = options.withThreads(1).withCache(0, 0, null);
        PixelImage original = new ImageDecoder().decode(file, ColorMode.RGB);
        PixelImage input = source.load(sample);
        float[] tensor;
        try (BatchPipeline plain = new BatchPipeline(source, options.withAugmentation(null))) {
            tensor = plain.features(0, sample);
        }
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        double sum = 0;
        for (float value : tensor) {
            min = Math.min(min, value);
            max = Math.max(max, value);
            sum += value;
        }
        List<float[]> augmented = new ArrayList<>();
        List<PixelImage> variants = new ArrayList<>();
        if (options.augmentation() != null && !options.augmentation().isIdentity()) {
            try (BatchPipeline pipeline = new BatchPipeline(source, options)) {
                for (int epoch = 0; epoch < VARIANTS; epoch++) {
                    float[] features = pipeline.features(epoch, sample);
                    augmented.add(features);
                    variants.add(toPixels(features, input, options.rescale()));
                }
            }
        }
        return new NetworkInput(original, input, tensor, min, max, sum / tensor.length, training, sample,
                List.copyOf(augmented), List.copyOf(variants));
    }

    private static int indexOf(FolderSource source, Path file) {
        for (int i = 0; i < source.files().size(); i++) {
            if (source.files().get(i).path().equals(file)) {
                return i;
            }
        }
        return -1;
    }

    /** Channels-first rescaled features back to interleaved 8-bit pixels. */
    private static PixelImage toPixels(float[] chw, PixelImage like, float rescale) {
        int c = like.channels();
        int plane = like.width() * like.height();
        byte[] hwc = new byte[chw.length];
        for (int ch = 0; ch < c; ch++) {
            for (int p = 0; p < plane; p++) {
                hwc[p * c + ch] = (byte) Math.max(0, Math.min(255, Math.round(chw[ch * plane + p] / rescale)));
            }
        }
        return new PixelImage(like.width(), like.height(), c, hwc);
    }
}
