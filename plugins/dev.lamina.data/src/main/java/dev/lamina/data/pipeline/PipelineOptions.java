// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import dev.lamina.data.augment.AugmentOptions;

import java.nio.file.Path;

/**
 * How a {@link BatchPipeline} delivers batches. Memory in use is at most
 * {@code cacheMemoryBytes} for decoded images plus {@code prefetchBatches + threads} batches in flight.
 *
 * @param batchSize        samples per batch (the last batch of an epoch may be smaller)
 * @param shuffle          visit samples in a new random order each epoch
 * @param seed             seed for the order and the augmentation
 * @param rescale          factor applied to every 0..255 pixel value (Keras {@code rescale}, e.g. 1/255)
 * @param classMode        how labels are encoded
 * @param augmentation     random augmentation applied after the cache, or {@code null} for none
 * @param threads          worker threads decoding and assembling batches
 * @param prefetchBatches  batches prepared ahead of the consumer
 * @param cacheMemoryBytes budget for decoded images kept in memory; 0 disables the memory cache
 * @param cacheDiskBytes   budget for decoded images spilled to disk once memory is full; 0 disables spilling
 * @param spillDirectory   where the spill file goes, or {@code null} for the system temporary folder
 */
public record PipelineOptions(int batchSize, boolean shuffle, long seed, float rescale, ClassMode classMode,
        AugmentOptions augmentation, int threads, int prefetchBatches, long cacheMemoryBytes, long cacheDiskBytes,
        Path spillDirectory) {

    public PipelineOptions {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        if (prefetchBatches <= 0) {
            throw new IllegalArgumentException("prefetch must be at least one batch: " + prefetchBatches);
        }
        if (cacheMemoryBytes < 0 || cacheDiskBytes < 0) {
            throw new IllegalArgumentException("cache budgets must not be negative");
        }
        if (classMode == null) {
            throw new IllegalArgumentException("class mode is required");
        }
    }

    /**
     * Keras-like defaults: batches of 32, shuffled with seed 0, no rescale, categorical labels, no
     * augmentation; up to 4 threads, 512 MiB of memory cache and 4 GiB of disk spill.
     */
    public static PipelineOptions defaults() {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return new PipelineOptions(32, true, 0, 1f, ClassMode.CATEGORICAL, null, threads, 2 * threads,
                512L << 20, 4L << 30, null);
    }

    public PipelineOptions withBatchSize(int size) {
        return new PipelineOptions(size, shuffle, seed, rescale, classMode, augmentation, threads, prefetchBatches,
                cacheMemoryBytes, cacheDiskBytes, spillDirectory);
    }

    public PipelineOptions withShuffle(boolean on, long randomSeed) {
        return new PipelineOptions(batchSize, on, randomSeed, rescale, classMode, augmentation, threads,
                prefetchBatches, cacheMemoryBytes, cacheDiskBytes, spillDirectory);
    }

    public PipelineOptions withRescale(float factor) {
        return new PipelineOptions(batchSize, shuffle, seed, factor, classMode, augmentation, threads, prefetchBatches,
                cacheMemoryBytes, cacheDiskBytes, spillDirectory);
    }

    public PipelineOptions withClassMode(ClassMode mode) {
        return new PipelineOptions(batchSize, shuffle, seed, rescale, mode, augmentation, threads, prefetchBatches,
                cacheMemoryBytes, cacheDiskBytes, spillDirectory);
    }

    public PipelineOptions withAugmentation(AugmentOptions options) {
        return new PipelineOptions(batchSize, shuffle, seed, rescale, classMode, options, threads, prefetchBatches,
                cacheMemoryBytes, cacheDiskBytes, spillDirectory);
    }

    /** These options with {@code count} threads and twice as many batches prefetched. */
    public PipelineOptions withThreads(int count) {
        return new PipelineOptions(batchSize, shuffle, seed, rescale, classMode, augmentation, count, 2 * count,
                cacheMemoryBytes, cacheDiskBytes, spillDirectory);
    }

    public PipelineOptions withPrefetch(int batches) {
        return new PipelineOptions(batchSize, shuffle, seed, rescale, classMode, augmentation, threads, batches,
                cacheMemoryBytes, cacheDiskBytes, spillDirectory);
    }

    public PipelineOptions withCache(long memoryBytes, long diskBytes, Path directory) {
        return new PipelineOptions(batchSize, shuffle, seed, rescale, classMode, augmentation, threads,
                prefetchBatches, memoryBytes, diskBytes, directory);
    }
}
