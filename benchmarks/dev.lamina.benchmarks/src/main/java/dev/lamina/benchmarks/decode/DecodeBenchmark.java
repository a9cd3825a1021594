// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.decode;

import dev.lamina.data.folder.FolderDataset;
import dev.lamina.data.folder.FolderOptions;
import dev.lamina.data.folder.FolderSource;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.pipeline.Batch;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.EpochBatches;
import dev.lamina.data.pipeline.PipelineOptions;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures decoding + resizing of a class-folder dataset through the batch pipeline, then a second,
 * cached epoch.
 *
 * <pre>
 * java -cp ... dev.lamina.benchmarks.decode.DecodeBenchmark FOLDER [--threads N] [--size 300]
 *      [--interpolation nearest|bilinear] [--batch 32] [--cache-mb 2048] [--warm-up]
 * </pre>
 *
 * With {@code --warm-up}, one untimed epoch through a pipeline of its own (whose cache is then
 * dropped) comes first: the JIT has compiled the decoding code, as in a workbench that has run
 * before, and the timed epoch 1 still decodes every file.
 */
public final class DecodeBenchmark {

    private DecodeBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: DecodeBenchmark FOLDER [--threads N] [--size 300] "
                    + "[--interpolation nearest|bilinear] [--batch 32] [--cache-mb 2048]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int threads = Runtime.getRuntime().availableProcessors();
        int size = 300;
        int batch = 32;
        long cacheMb = 2048;
        Interpolation interpolation = Interpolation.NEAREST;
        boolean warmUp = false;
        for (int i = 1; i < args.length; i += 2) {
            if (args[i].equals("--warm-up")) {
                warmUp = true;
                i--;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--size" -> size = Integer.parseInt(args[i + 1]);
                case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                case "--cache-mb" -> cacheMb = Long.parseLong(args[i + 1]);
                case "--interpolation" -> interpolation = Interpolation.parse(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long scanStart = System.nanoTime();
        FolderOptions folderOptions = FolderOptions.defaults().withTargetSize(size, size).withColorMode(ColorMode.RGB)
                .withInterpolation(interpolation)
                .withScan(FolderOptions.defaults().scan().withVerify(false).withThreads(threads));
        FolderDataset dataset = FolderDataset.open(folder, folderOptions);
        FolderSource source = dataset.training();
        double scanSeconds = seconds(scanStart);
        System.out.printf(Locale.ROOT, "%s: %d images in %d classes (%d skipped), header scan %.2f s%n", folder,
                source.size(), source.classNames().size(), dataset.skippedCount(), scanSeconds);
        PipelineOptions options = PipelineOptions.defaults().withBatchSize(batch).withShuffle(false, 0)
                .withThreads(threads).withRescale(1f / 255).withCache(cacheMb << 20, 64L << 30, null);
        if (warmUp) {
            long start = System.nanoTime();
            try (BatchPipeline pipeline = new BatchPipeline(source, options);
                    EpochBatches batches = pipeline.epoch(0)) {
                while (batches.hasNext()) {
                    batches.recycle(batches.next());
                }
            }
            System.out.printf(Locale.ROOT, "warm-up: one untimed epoch in %.2f s, its cache dropped%n", seconds(start));
        }
        try (BatchPipeline pipeline = new BatchPipeline(source, options)) {
            for (int epoch = 0; epoch < 2; epoch++) {
                long decodesBefore = pipeline.decodeCount();
                long start = System.nanoTime();
                int images = 0;
                try (EpochBatches batches = pipeline.epoch(epoch)) {
                    while (batches.hasNext()) {
                        Batch delivered = batches.next();
                        images += delivered.size();
                        batches.recycle(delivered); // as the trainer does once the batch is in a tensor
                    }
                }
                double s = seconds(start);
                System.out.printf(Locale.ROOT,
                        "epoch %d (%s): %d images to %dx%d RGB %s with %d threads in %.2f s = %.0f images/s, %d decodes%n",
                        epoch + 1, epoch == 0 ? "decode+resize" : "cached", images, size, size,
                        interpolation.name().toLowerCase(Locale.ROOT), threads, s, images / s,
                        pipeline.decodeCount() - decodesBefore);
            }
            System.out.printf(Locale.ROOT, "cache: %d in memory (%d MiB), %d on disk (%d MiB)%n",
                    pipeline.cache().memoryEntries(), pipeline.cache().memoryBytes() >> 20,
                    pipeline.cache().diskEntries(), pipeline.cache().diskBytes() >> 20);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
