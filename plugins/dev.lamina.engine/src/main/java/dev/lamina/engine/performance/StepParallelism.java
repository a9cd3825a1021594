// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How a training step uses the cores: the batch is cut into {@code parts}, each part's forward and backward pass
 * runs on its own thread (one network replica sharing the weights), and one updater step applies their summed
 * gradients: the same step as the whole batch on one thread, in float rounding.
 * <p>
 * Why not ND4J's own threads: DL4J's ops on a small model are short, and OpenMP's per-op fork/join cost more than
 * they won (2 OpenMP threads on 2 cores trained the MNIST model at 0.55× the speed of 1; docs/performance.md).
 * Whole passes per thread keep every core busy for milliseconds at a time.
 *
 * <p>
 * A part must be worth a thread: measured on 2 cores (docs/performance.md), the course's MNIST model (2.7 MFLOP per
 * training image) lost 13 % with 2 parts of 16 images (43 MFLOP each) and won 28 % with 2 parts of 64 (173 MFLOP);
 * the horses model (GFLOPs per image) won 2.2× with 2 parts of 16. So a part gets at least
 * {@value #MIN_PART_FLOPS} FLOPs of work.
 * <p>
 * A part need not be big either: its memory grows with its rows (DL4J keeps every layer's activations and their
 * gradients for all of them) while its speed stops growing long before. The horses model trained as fast per image
 * with parts of 16 rows (batch 32) as with parts of 64 (batch 128), at a third of the peak memory (2.2 against 7.0–7.8
 * GiB; docs/performance.md). So a part's pass holds at most {@value #MAX_PART_FLOPS} FLOPs of work; a larger batch is
 * taken in several passes whose gradients are summed before the one updater step.
 *
 * @param parts          replicas sharing the weights, one thread each
 * @param threadsPerPart OpenMP threads inside each part's ops
 * @param rowsPerPart    the most rows a part takes in one pass
 */
public record StepParallelism(int parts, int threadsPerPart, int rowsPerPart) {

    /** The least work of a part, in training FLOPs ({@link TrainingFlops}). */
    public static final double MIN_PART_FLOPS = 100e6;

    /** The most work of a part's pass, in training FLOPs: 19 images of the horses model, 12,000 of MNIST's. */
    public static final double MAX_PART_FLOPS = 32e9;

    /** System property that fixes the most rows of a part's pass (a large number: every batch in one pass). */
    public static final String ROWS_PROPERTY = "lamina.step.rowsPerPart";

    /** System property that fixes the number of parts (1: every step on the training thread alone). */
    public static final String PROPERTY = "lamina.step.parts";

    public StepParallelism {
        if (parts < 1 || threadsPerPart < 1 || rowsPerPart < 1) {
            throw new IllegalArgumentException("parts, threads and rows must be at least 1: " + parts + ", "
                    + threadsPerPart + ", " + rowsPerPart);
        }
    }

    /** Parts that take a batch of any size in one pass. */
    public StepParallelism(int parts, int threadsPerPart) {
        this(parts, threadsPerPart, Integer.MAX_VALUE);
    }

    /** How many passes a batch of {@code rows} takes. */
    public int passes(long rows) {
        long perPass = (long) parts * rowsPerPart;
        return (int) Math.max(1, (rows + perPass - 1) / perPass);
    }

    /**
     * The rule: as many parts as cores, but none under {@link #MIN_PART_FLOPS} of work; the OpenMP threads the
     * process was given ({@code OMP_NUM_THREADS}, set by the launcher: 1 on up to 2 cores, cores − 1 above) are
     * shared among the parts. On 2 cores (1 OpenMP thread) the horses model at batch 32: 2 parts of 16; the MNIST
     * model at batch 32: 1 part, at 128: 2 parts. On 64 cores (63 threads), MNIST at batch 128: 3 parts of about 43 with
     * 21 threads each. A part's pass takes at most {@link #MAX_PART_FLOPS} of work: the horses model at batch 128 on 2
     * cores is 2 parts in 4 passes of 16 rows each.
     */
    public static StepParallelism of(int cores, int openMpThreads, int batchSize, double flopsPerImage) {
        long imagesPerPart = Math.max(1, (long) Math.ceil(MIN_PART_FLOPS / Math.max(1, flopsPerImage)));
        int parts = (int) Math.max(1, Math.min(cores, batchSize / imagesPerPart));
        return new StepParallelism(parts, Math.max(1, openMpThreads / parts), rowsPerPart(flopsPerImage));
    }

    /**
     * The rule for this machine, or the parts fixed by {@value #PROPERTY}. Passes are for the CPU, where they were
     * measured; a GPU takes each part whole.
     */
    public static StepParallelism forThisMachine(int batchSize, double flopsPerImage) {
        int cores = Runtime.getRuntime().availableProcessors();
        int openMp = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
        if (!Nd4j.getEnvironment().isCPU()) {
            StepParallelism rule = byPropertyOrRule(cores, openMp, batchSize, flopsPerImage);
            return new StepParallelism(rule.parts(), rule.threadsPerPart());
        }
        return byPropertyOrRule(cores, openMp, batchSize, flopsPerImage);
    }

    private static StepParallelism byPropertyOrRule(int cores, int openMp, int batchSize, double flopsPerImage) {
        String fixed = System.getProperty(PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            try {
                int parts = Math.max(1, Integer.parseInt(fixed.trim()));
                return new StepParallelism(parts, Math.max(1, openMp / parts), rowsPerPart(flopsPerImage));
            } catch (NumberFormatException e) {
                // an unreadable override is ignored, like the other lamina.* tuning properties
            }
        }
        return of(cores, openMp, batchSize, flopsPerImage);
    }

    private static int rowsPerPart(double flopsPerImage) {
        String fixed = System.getProperty(ROWS_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            try {
                return Math.max(1, Integer.parseInt(fixed.trim()));
            } catch (NumberFormatException e) {
                // ignored, like the other lamina.* tuning properties
            }
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, MAX_PART_FLOPS / Math.max(1, flopsPerImage)));
    }
}
