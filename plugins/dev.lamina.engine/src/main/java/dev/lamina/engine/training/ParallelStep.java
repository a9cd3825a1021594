// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.nativeblas.NativeOpsHolder;

import dev.lamina.engine.performance.OneDnnHelpers;
import dev.lamina.engine.performance.StepParallelism;
import dev.lamina.engine.performance.TrainingFlops;

/**
 * One training step on several cores, the same step as DL4J's {@code fit(DataSet)} on the whole batch.
 * <p>
 * The batch is cut into parts by rows. The network itself computes the first part's gradient inside its own
 * {@code fit}, on the calling thread; each other part goes to a replica (the same configuration, its parameters a
 * view of the network's, so it never holds a copy of the weights) on a worker thread of its own. DL4J calls its
 * listeners' {@code onGradientCalculation} after the gradient and before the updater: there this class waits for
 * the replicas, adds their gradients into the network's and sets the batch's score. DL4J's gradients are sums over
 * the rows, divided by the batch size in the updater, which here sees the first part's size: the sum is scaled by
 * {@code first / total}, which makes that division the division by the whole batch. Batch-norm's running
 * statistics, which the updater does not divide, come out as the parts' mean. Everything else of the step (updater,
 * parameter update, iteration counts, listeners) is DL4J's own.
 * <p>
 * A replica only reads the weights while the network's {@code fit} waits for it; the updater changes them after.
 * Each worker thread keeps its own ND4J workspaces and random generator; {@link #seed(long)} seeds them for
 * reproducible dropout.
 * <p>
 * A batch larger than the parts take in one pass ({@link StepParallelism#rowsPerPart()}) is taken in several: each
 * pass but the last computes its parts' gradients without the updater ({@code computeGradientAndScore}) and sums
 * them aside; the last pass is the step above, and its join adds that sum in. Only one pass's activations are ever
 * held.
 */
public final class ParallelStep implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final MultiLayerNetwork network;
    private final AccuracyProbe probe;
    private final List<MultiLayerNetwork> replicas = new ArrayList<>();
    private final List<Future<Double>> pending = new ArrayList<>();
    private final List<Long> pendingRows = new ArrayList<>();
    private StepParallelism parallelism;
    private ExecutorService workers;
    private long firstRows;
    private final Map<String, INDArray> rowBuffers = new HashMap<>();
    private INDArray passesGradient;
    private long passesRows;
    private double passesScoreSum;
    private int callerThreadsBefore;
    private Long seed;

    /**
     * Prepares {@code network} to train with {@code parallelism}, or, when it is null, by this machine's rule for
     * the first batch's size and the model's work per image ({@link StepParallelism#forThisMachine}). {@code probe}
     * (may be null) sees every part's forward pass. Replaces the network's listeners.
     */
    ParallelStep(MultiLayerNetwork network, StepParallelism parallelism, AccuracyProbe probe) {
        this.network = network;
        this.probe = probe;
        List<TrainingListener> listeners = new ArrayList<>();
        if (probe != null) {
            listeners.add(probe);
        }
        listeners.add(new Join());
        network.setListeners(listeners);
        if (parallelism != null) {
            prepare(parallelism);
        }
    }

    /** A step for {@code network} by this machine's rule, decided at the first batch. */
    public static ParallelStep forThisMachine(MultiLayerNetwork network) {
        return new ParallelStep(network, null, null);
    }

    private void prepare(StepParallelism chosen) {
        parallelism = chosen;
        int parts = chosen.parts();
        if (parts == 1) {
            return;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        int threads = chosen.threadsPerPart();
        workers = Executors.newFixedThreadPool(parts - 1, task -> {
            Thread thread = new Thread(() -> {
                NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
                task.run();
            }, "lamina-step-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        callerThreadsBefore = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        for (int i = 1; i < parts; i++) {
            MultiLayerNetwork replica = new MultiLayerNetwork(network.getLayerWiseConfigurations().clone());
            replica.init(network.params(), false);
            OneDnnHelpers.enable(replica);
            if (probe != null) {
                replica.setListeners(probe.forReplica());
            }
            replicas.add(replica);
        }
        if (seed != null) {
            seed(seed);
        }
    }

    /** How many parts a full batch is cut into (1 until the first batch when the rule decides). */
    public int parts() {
        return replicas.size() + 1;
    }

    /** The parallelism in use, or null before the first batch when the rule decides. */
    public StepParallelism parallelism() {
        return parallelism;
    }

    /** Seeds the random generators of the worker threads (dropout), derived from {@code seed}. */
    public void seed(long seed) {
        this.seed = seed;
        for (int i = 0; i < replicas.size(); i++) {
            long workerSeed = seed + 7_919L * (i + 1);
            wait(workers.submit(() -> {
                Nd4j.getRandom().setSeed(workerSeed);
                return 0.0;
            }));
        }
    }

    /** Fits one batch: afterwards {@code network.score()} is the batch's loss, as after {@code network.fit(batch)}. */
    public void fit(DataSet batch) {
        INDArray features = batch.getFeatures();
        INDArray labels = batch.getLabels();
        long rows = features.size(0);
        if (parallelism == null) {
            double flops = features.rank() == 4 ? TrainingFlops.perImage(network.getLayerWiseConfigurations(),
                    features.size(1), features.size(2), features.size(3)) : 0;
            prepare(StepParallelism.forThisMachine((int) rows, flops));
        }
        int passes = parallelism.passes(rows);
        if (passes == 1 && (parts() == 1 || rows == 1)) {
            network.fit(batch);
            return;
        }
        if (passes == 1) {
            fitPass(features, labels);
            return;
        }
        passesRows = 0;
        passesScoreSum = 0;
        try {
            for (int pass = 0; pass < passes - 1; pass++) {
                long from = rows * pass / passes;
                long to = rows * (pass + 1) / passes;
                gradientOfPass(viewOfRows(features, from, to), viewOfRows(labels, from, to));
            }
            long from = rows * (passes - 1) / passes;
            fitPass(viewOfRows(features, from, rows), viewOfRows(labels, from, rows));
        } finally {
            passesRows = 0;
        }
    }

    /** One pass's step: its parts' gradients, joined with the earlier passes' before the updater. */
    private void fitPass(INDArray features, INDArray labels) {
        long rows = features.size(0);
        int parts = (int) Math.min(parts(), Math.max(1, rows));
        firstRows = submitParts(features, labels, rows, parts);
        try {
            network.fit(new DataSet(rowsOf("features-0", features, 0, firstRows),
                    rowsOf("labels-0", labels, 0, firstRows)));
        } finally {
            for (Future<Double> future : pending) {
                future.cancel(false);
            }
        }
    }

    /** A pass before the last: its parts' gradients and losses summed aside, the weights untouched. */
    private void gradientOfPass(INDArray features, INDArray labels) {
        long rows = features.size(0);
        int parts = (int) Math.min(parts(), Math.max(1, rows));
        long first = submitParts(features, labels, rows, parts);
        try {
            network.setInput(rowsOf("features-0", features, 0, first));
            network.setLabels(rowsOf("labels-0", labels, 0, first));
            network.computeGradientAndScore();
            double scoreSum = network.score() * first;
            try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                INDArray gradient = network.getGradientsViewArray();
                if (passesGradient == null || passesGradient.length() != gradient.length()) {
                    passesGradient = gradient.dup();
                } else if (passesRows == 0) {
                    passesGradient.assign(gradient);
                } else {
                    passesGradient.addi(gradient);
                }
                for (int i = 0; i < pending.size(); i++) {
                    scoreSum += ParallelStep.wait(pending.get(i)) * pendingRows.get(i);
                    passesGradient.addi(replicas.get(i).getGradientsViewArray());
                }
            }
            network.clearLayersStates();
            passesRows += rows;
            passesScoreSum += scoreSum;
        } finally {
            for (Future<Double> future : pending) {
                future.cancel(false);
            }
            pending.clear();
            pendingRows.clear();
        }
    }

    /** Sends the parts after the first to the replicas; returns the first part's rows, left to the caller. */
    private long submitParts(INDArray features, INDArray labels, long rows, int parts) {
        pending.clear();
        pendingRows.clear();
        long from = rows * 1 / parts;
        long first = from;
        for (int i = 1; i < parts; i++) {
            long to = rows * (i + 1) / parts;
            MultiLayerNetwork replica = replicas.get(i - 1);
            INDArray partFeatures = rowsOf("features-" + i, features, from, to);
            INDArray partLabels = rowsOf("labels-" + i, labels, from, to);
            pending.add(workers.submit(() -> {
                replica.setInput(partFeatures);
                replica.setLabels(partLabels);
                replica.computeGradientAndScore();
                double score = replica.score();
                replica.clearLayersStates();
                return score;
            }));
            pendingRows.add(to - from);
            from = to;
        }
        return first;
    }

    /**
     * The rows {@code from}–{@code to} of {@code array}, copied into the buffer this part keeps for them from step to
     * step: a step allocates no new off-heap arrays, which ND4J would free only when Java's collector gets to them
     * (a batch of 128 horses images is 138 MB).
     */
    private INDArray rowsOf(String part, INDArray array, long from, long to) {
        INDArray rows = viewOfRows(array, from, to);
        INDArray buffer = rowBuffers.get(part);
        if (buffer == null || buffer.dataType() != rows.dataType() || !Arrays.equals(buffer.shape(), rows.shape())) {
            try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                buffer = Nd4j.createUninitialized(rows.dataType(), rows.shape(), 'c');
            }
            rowBuffers.put(part, buffer);
        }
        return buffer.assign(rows);
    }

    private static INDArray viewOfRows(INDArray array, long from, long to) {
        return array.get(NDArrayIndex.interval(from, to));
    }

    /** Adds the replicas' gradients to the network's before DL4J's updater runs. */
    private final class Join extends BaseTrainingListener {

        @Override
        public void onGradientCalculation(Model model) {
            if (pending.isEmpty() && passesRows == 0) {
                return;
            }
            long total = firstRows + passesRows;
            for (long rows : pendingRows) {
                total += rows;
            }
            double scoreSum = network.score() * firstRows + passesScoreSum;
            try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                INDArray gradient = network.getGradientsViewArray();
                for (int i = 0; i < pending.size(); i++) {
                    scoreSum += ParallelStep.wait(pending.get(i)) * pendingRows.get(i);
                    gradient.addi(replicas.get(i).getGradientsViewArray());
                }
                if (passesRows > 0) {
                    gradient.addi(passesGradient);
                }
                gradient.muli((double) firstRows / total);
            }
            pending.clear();
            network.setScore(scoreSum / total);
        }
    }

    private static double wait(Future<Double> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a training step's part was running", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
            // OpenMP's thread count is per thread: give the caller back its own (validation, inference)
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(callerThreadsBefore);
        }
    }
}
