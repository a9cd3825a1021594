// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.data.DataException;
import dev.lamina.data.augment.AugmentOptions;
import dev.lamina.data.folder.FolderDataset;
import dev.lamina.data.folder.FolderOptions;
import dev.lamina.data.folder.FolderSource;
import dev.lamina.data.image.PixelImage;
import dev.lamina.testing.TestImages;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchPipelineTest {

    @TempDir
    Path root;

    private FolderSource source;

    @BeforeEach
    void writeDataset() {
        for (int i = 0; i < 45; i++) {
            BufferedImage image = TestImages.gradient(12 + i % 5, 10);
            image.setRGB(0, 0, i); // make every image distinct
            TestImages.write(root.resolve("c" + (i % 3)).resolve(String.format(Locale.ROOT, "%02d.png", i)), image,
                    "png");
        }
        source = FolderDataset.open(root, FolderOptions.defaults().withTargetSize(8, 8)).training();
    }

    private static List<Batch> epoch(BatchPipeline pipeline, int epoch) {
        List<Batch> batches = new ArrayList<>();
        try (EpochBatches iterator = pipeline.epoch(epoch)) {
            iterator.forEachRemaining(batches::add);
        }
        return batches;
    }

    @Test
    void secondEpochDecodesNothing() {
        PipelineOptions options = PipelineOptions.defaults().withBatchSize(8).withShuffle(true, 3).withThreads(3);
        try (BatchPipeline pipeline = new BatchPipeline(source, options)) {
            List<Batch> first = epoch(pipeline, 0);
            assertEquals(45, pipeline.decodeCount());
            assertEquals(6, first.size());
            assertEquals(5, first.get(5).size());
            List<Batch> second = epoch(pipeline, 1);
            assertEquals(45, pipeline.decodeCount(), "epoch 2 must be served from the cache");
            assertEquals(45, second.stream().mapToInt(Batch::size).sum());
            assertEquals(45, pipeline.cache().memoryEntries());
        }
    }

    @Test
    void recycledFeatureArraysAreReusedAndRefilledCompletely() {
        PipelineOptions options = PipelineOptions.defaults().withBatchSize(4).withShuffle(true, 5).withThreads(2)
                .withAugmentation(AugmentOptions.none().withRotationRange(20));
        List<float[]> fresh = new ArrayList<>();
        try (BatchPipeline pipeline = new BatchPipeline(source, options)) {
            for (Batch batch : epoch(pipeline, 1)) {
                fresh.add(batch.features());
            }
        }
        List<float[]> recycled = new ArrayList<>();
        java.util.Set<float[]> arrays = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        try (BatchPipeline pipeline = new BatchPipeline(source, options);
                EpochBatches batches = pipeline.epoch(1)) {
            while (batches.hasNext()) {
                Batch batch = batches.next();
                recycled.add(batch.features().clone());
                arrays.add(batch.features());
                java.util.Arrays.fill(batch.features(), Float.NaN); // a consumer may leave anything behind
                batches.recycle(batch);
            }
        }
        assertEquals(fresh.size(), recycled.size());
        for (int i = 0; i < fresh.size(); i++) {
            assertArrayEquals(fresh.get(i), recycled.get(i), "batch " + i);
        }
        assertTrue(arrays.size() < fresh.size(), arrays.size() + " arrays for " + fresh.size() + " batches");
    }

    @Test
    void spillsToDiskBeyondTheMemoryBudgetAndStillDecodesOnce() throws Exception {
        long tenImages = 10L * 8 * 8 * 3;
        PipelineOptions options = PipelineOptions.defaults().withBatchSize(4).withShuffle(false, 0).withThreads(2)
                .withCache(tenImages, 1L << 20, root.resolve("spill"));
        try (BatchPipeline pipeline = new BatchPipeline(source, options)) {
            List<Batch> first = epoch(pipeline, 0);
            assertEquals(10, pipeline.cache().memoryEntries());
            assertEquals(35, pipeline.cache().diskEntries());
            List<Batch> second = epoch(pipeline, 1);
            assertEquals(45, pipeline.decodeCount());
            for (int b = 0; b < first.size(); b++) {
                assertArrayEquals(first.get(b).features(), second.get(b).features());
            }
        }
        try (var left = Files.list(root.resolve("spill"))) {
            assertEquals(0, left.count(), "closing deletes the spill file");
        }
    }

    @Test
    void orderAndAugmentationDependOnTheSeedOnlyNotOnThreads() {
        PipelineOptions base = PipelineOptions.defaults().withBatchSize(7).withShuffle(true, 99)
                .withAugmentation(AugmentOptions.none().withRotationRange(30).withHorizontalFlip(true)
                        .withZoomRange(0.2))
                .withRescale(1 / 255f);
        List<Batch> oneThread;
        List<Batch> fourThreads;
        try (BatchPipeline pipeline = new BatchPipeline(source, base.withThreads(1))) {
            oneThread = epoch(pipeline, 0);
        }
        try (BatchPipeline pipeline = new BatchPipeline(source, base.withThreads(4).withPrefetch(3))) {
            fourThreads = epoch(pipeline, 0);
            List<Batch> nextEpoch = epoch(pipeline, 1);
            assertFalse(Arrays.equals(fourThreads.get(0).sampleIndices(), nextEpoch.get(0).sampleIndices()));
        }
        assertEquals(oneThread.size(), fourThreads.size());
        for (int b = 0; b < oneThread.size(); b++) {
            assertArrayEquals(oneThread.get(b).sampleIndices(), fourThreads.get(b).sampleIndices());
            assertArrayEquals(oneThread.get(b).features(), fourThreads.get(b).features());
            assertEquals(b, fourThreads.get(b).index());
        }
        int[] all = oneThread.stream().flatMapToInt(batch -> Arrays.stream(batch.sampleIndices())).sorted().toArray();
        assertArrayEquals(java.util.stream.IntStream.range(0, 45).toArray(), all);
    }

    @Test
    void deliversNchwFeaturesAndEncodedLabels() {
        PipelineOptions options = PipelineOptions.defaults().withBatchSize(5).withShuffle(false, 0)
                .withRescale(0.5f);
        try (BatchPipeline pipeline = new BatchPipeline(source, options)) {
            Batch batch = epoch(pipeline, 0).get(0);
            assertArrayEquals(new int[] {5, 3, 8, 8}, batch.featureShape());
            assertArrayEquals(new int[] {5, 3}, batch.labelShape());
            PixelImage image = source.load(1);
            // sample 1, channel 2 (blue), row 3, column 4
            assertEquals(image.get(4, 3, 2) * 0.5f, batch.features()[1 * 192 + 2 * 64 + 3 * 8 + 4]);
            int label = source.label(1);
            assertEquals(1f, batch.labels()[1 * 3 + label]);
        }
        try (BatchPipeline pipeline = new BatchPipeline(source, options.withClassMode(ClassMode.SPARSE))) {
            Batch batch = epoch(pipeline, 0).get(0);
            assertArrayEquals(new int[] {5}, batch.labelShape());
            assertEquals(source.label(4), (int) batch.labels()[4]);
        }
    }

    @Test
    void cancelStopsAWaitingConsumer() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        SampleSource slow = new SampleSource() {
            public int size() { return 100; }
            public int label(int index) { return 0; }
            public List<String> classNames() { return List.of("a", "b"); }
            public int channels() { return 1; }
            public int height() { return 2; }
            public int width() { return 2; }
            public String describe(int index) { return "slow " + index; }
            public PixelImage load(int index) {
                started.countDown();
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                }
                return PixelImage.blank(2, 2, 1);
            }
        };
        BatchPipeline pipeline = new BatchPipeline(slow, PipelineOptions.defaults().withThreads(2));
        EpochBatches batches = pipeline.epoch(0);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        Thread canceller = new Thread(() -> {
            sleep(100);
            pipeline.cancel();
        });
        long start = System.nanoTime();
        canceller.start();
        assertThrows(CancellationException.class, batches::next);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "cancel must not wait for the slow load");
        assertThrows(CancellationException.class, () -> pipeline.epoch(1));
        pipeline.close();
    }

    @Test
    void aFileThatBreaksAfterTheScanFailsWithItsName() throws Exception {
        Path victim = source.files().get(0).path();
        Files.write(victim, new byte[0]);
        try (BatchPipeline pipeline = new BatchPipeline(source, PipelineOptions.defaults().withShuffle(false, 0))) {
            DataException e = assertThrows(DataException.class, () -> epoch(pipeline, 0));
            assertEquals(victim + ": empty file (0 bytes)", e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
