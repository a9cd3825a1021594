// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import dev.lamina.data.augment.Augmenter;
import dev.lamina.data.image.PixelImage;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns a {@link SampleSource} into epochs of {@link Batch}es. Worker threads decode and assemble
 * batches ahead of the consumer (a bounded number of batches in flight); decoded images are kept in
 * a {@link DecodedImageCache}, so once everything fits, later epochs decode nothing. Augmentation is
 * applied after the cache. For a given seed, the order of samples and the augmentation of each
 * sample are the same whatever the number of threads.
 *
 * <pre>{@code
 * try (BatchPipeline pipeline = new BatchPipeline(source, options)) {
 *     for (int epoch = 0; epoch < epochs; epoch++) {
 *         try (EpochBatches batches = pipeline.epoch(epoch)) {
 *             while (batches.hasNext()) {
 *                 Batch batch = batches.next();
 *             }
 *         }
 *     }
 * }
 * }</pre>
 */
public final class BatchPipeline implements AutoCloseable {

    private final SampleSource source;
    private final PipelineOptions options;
    private final Augmenter augmenter;
    private final DecodedImageCache cache;
    private final ExecutorService workers;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[0]);

    private final AtomicLong decodes = new AtomicLong();
    private final java.util.concurrent.ConcurrentLinkedQueue<float[]> recycled =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean cancelled;

    /** A pipeline over {@code source}; it owns worker threads until {@link #close()}. */
    public BatchPipeline(SampleSource source, PipelineOptions options) {
        this.source = source;
        this.options = options;
        this.augmenter = options.augmentation() == null || options.augmentation().isIdentity()
                ? null : new Augmenter(options.augmentation());
        this.cache = new DecodedImageCache(options.cacheMemoryBytes(), options.cacheDiskBytes(),
                options.spillDirectory());
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "lamina-batches-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The samples this pipeline delivers. */
    public SampleSource source() {
        return source;
    }

    /** The options in force. */
    public PipelineOptions options() {
        return options;
    }

    /** Batches in one epoch (the last may be smaller than the batch size). */
    public int batchesPerEpoch() {
        return (source.size() + options.batchSize() - 1) / options.batchSize();
    }

    /** Starts epoch {@code epoch} (0-based; it seeds the shuffle and the augmentation). */
    public EpochBatches epoch(int epoch) {
        checkNotCancelled();
        return new EpochBatches(this, epoch, order(epoch));
    }

    /** The order samples are visited in during {@code epoch}. */
    public int[] order(int epoch) {
        int n = source.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (options.shuffle()) {
            SplittableRandom random = new SplittableRandom(mix(options.seed(), epoch, -1));
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        return order;
    }

    /** How many times a sample was decoded from its source (cache misses that loaded). */
    public long decodeCount() {
        return decodes.get();
    }

    /** The cache of decoded images. */
    public DecodedImageCache cache() {
        return cache;
    }

    /** Stops all work; pending and later calls to {@link EpochBatches#next()} throw {@link CancellationException}. */
    public void cancel() {
        cancelled = true;
        workers.shutdownNow();
    }

    /** Whether {@link #cancel()} or {@link #close()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Cancels any work, stops the worker threads and deletes the cache. */
    @Override
    public void close() {
        cancel();
        cache.close();
    }

    ExecutorService workers() {
        return workers;
    }

    void checkNotCancelled() {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("batch pipeline cancelled");
        }
    }

    /** Builds batch {@code batchIndex} of an epoch; runs on a worker thread. */
    Batch assemble(int epoch, int batchIndex, int[] order) {
        int start = batchIndex * options.batchSize();
        int n = Math.min(options.batchSize(), order.length - start);
        int c = source.channels();
        int h = source.height();
        int w = source.width();
        int sampleSize = c * h * w;
        float[] features = reusedOrNew(n * sampleSize); // every element is written below
        int classes = source.classNames().size();
        boolean oneHot = options.classMode() == ClassMode.CATEGORICAL;
        float[] labels = new float[oneHot ? n * classes : n];
        int[] indices = new int[n];
        byte[] scratch = scratch(sampleSize);
        for (int i = 0; i < n; i++) {
            checkNotCancelled();
            int sample = order[start + i];
            indices[i] = sample;
            features(epoch, sample, features, i * sampleSize, scratch);
            int label = source.label(sample);
            if (oneHot) {
                labels[i * classes + label] = 1f;
            } else {
                labels[i] = label;
            }
        }
        int[] labelShape = oneHot ? new int[] {n, classes} : new int[] {n};
        return new Batch(epoch, batchIndex, features, new int[] {n, c, h, w}, labels, labelShape, indices);
    }

    /**
     * The features of sample {@code sample} in epoch {@code epoch} exactly as a batch of that epoch holds them
     * (channels first, rescaled, augmented with the sample's seed): what the dataset editor shows the network sees.
     */
    public float[] features(int epoch, int sample) {
        int size = source.channels() * source.height() * source.width();
        float[] out = new float[size];
        features(epoch, sample, out, 0, new byte[size]);
        return out;
    }

    private void features(int epoch, int sample, float[] out, int offset, byte[] scratch) {
        PixelImage image = load(sample, scratch); // used up before the next sample
        if (augmenter != null) {
            augmenter.augment(image, mix(options.seed(), epoch, sample), out, offset, options.rescale());
        } else {
            toChannelsFirst(image, out, offset, options.rescale());
        }
    }

    /** Keeps a recycled feature array for a later batch of the same size (a few at most). */
    void recycle(float[] features) {
        if (recycled.size() < options.prefetchBatches() + 2) {
            recycled.offer(features);
        }
    }

    private float[] reusedOrNew(int length) {
        for (int tries = recycled.size(); tries > 0; tries--) {
            float[] candidate = recycled.poll();
            if (candidate == null) {
                break;
            }
            if (candidate.length == length) {
                return candidate;
            }
            // another size (the last, shorter batch of an epoch): dropped
        }
        return new float[length];
    }

    /** This worker's array for one image, which each sample reuses once the previous one is in the batch. */
    private byte[] scratch(int size) {
        byte[] scratch = SCRATCH.get();
        if (scratch.length != size) {
            scratch = new byte[size];
            SCRATCH.set(scratch);
        }
        return scratch;
    }

    private PixelImage load(int sample, byte[] scratch) {
        PixelImage image = cache.get(sample, scratch);
        if (image == null) {
            image = source.load(sample, scratch);
            decodes.incrementAndGet();
            cache.put(sample, image);
        }
        return image;
    }

    private static void toChannelsFirst(PixelImage image, float[] out, int offset, float scale) {
        byte[] in = image.pixels();
        int c = image.channels();
        int plane = image.width() * image.height();
        if (c == 1) {
            for (int p = 0; p < plane; p++) {
                out[offset + p] = (in[p] & 0xFF) * scale;
            }
            return;
        }
        if (c == 3) {
            // One sequential pass over the interleaved bytes, three sequential output planes.
            int g = offset + plane;
            int b = offset + 2 * plane;
            for (int p = 0, s = 0; p < plane; p++, s += 3) {
                out[offset + p] = (in[s] & 0xFF) * scale;
                out[g + p] = (in[s + 1] & 0xFF) * scale;
                out[b + p] = (in[s + 2] & 0xFF) * scale;
            }
            return;
        }
        for (int ch = 0; ch < c; ch++) {
            int o = offset + ch * plane;
            for (int p = 0, s = ch; p < plane; p++, s += c) {
                out[o + p] = (in[s] & 0xFF) * scale;
            }
        }
    }

    /**
     * The seed from which sample {@code sample} of epoch {@code epoch} draws its augmentation (for
     * {@link Augmenter#augment}): what the dataset editor shows as the variants training will feed.
     */
    public static long augmentationSeed(long seed, int epoch, int sample) {
        return mix(seed, epoch, sample);
    }

    /** A well-spread 64-bit seed from (seed, epoch, sample), SplitMix64 style. */
    static long mix(long seed, int epoch, int sample) {
        long z = seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + sample * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
