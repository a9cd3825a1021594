// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import dev.lamina.data.image.ImageDecoder;

import java.util.List;

/**
 * How to scan a dataset folder.
 *
 * @param classes   class folder names in label order, or {@code null} for the sorted sub-folder names
 * @param verify    decode every image fully (finds truncated and corrupt files) rather than read headers only
 * @param maxPixels images whose header declares more pixels are refused before decoding
 * @param threads   worker threads for checking files
 */
public record ScanOptions(List<String> classes, boolean verify, long maxPixels, int threads) {

    public ScanOptions {
        classes = classes == null ? null : List.copyOf(classes);
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive: " + maxPixels);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
    }

    /** Sorted sub-folders as classes, full verification, Pillow's pixel limit, one thread per core. */
    public static ScanOptions defaults() {
        return new ScanOptions(null, true, ImageDecoder.DEFAULT_MAX_PIXELS, Runtime.getRuntime().availableProcessors());
    }

    /** These options with an explicit class list (Keras {@code classes}). */
    public ScanOptions withClasses(List<String> names) {
        return new ScanOptions(names, verify, maxPixels, threads);
    }

    /** These options with full decoding on or off. */
    public ScanOptions withVerify(boolean decodeEverything) {
        return new ScanOptions(classes, decodeEverything, maxPixels, threads);
    }

    /** These options with another pixel limit. */
    public ScanOptions withMaxPixels(long limit) {
        return new ScanOptions(classes, verify, limit, threads);
    }

    /** These options with another number of worker threads. */
    public ScanOptions withThreads(int count) {
        return new ScanOptions(classes, verify, maxPixels, count);
    }
}
