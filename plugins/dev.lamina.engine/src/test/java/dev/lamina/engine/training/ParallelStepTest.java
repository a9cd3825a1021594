// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.data.pipeline.Batch;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.EpochBatches;
import dev.lamina.data.pipeline.PipelineOptions;
import dev.lamina.engine.network.NetworkBuilder;
import dev.lamina.engine.network.NetworkPlan;
import dev.lamina.engine.performance.OneDnnHelpers;
import dev.lamina.engine.performance.StepParallelism;
import dev.lamina.engine.performance.TrainingFlops;

/** A step cut into parts on several threads is the step on the whole batch, on real Fashion-MNIST batches. */
class ParallelStepTest {

    private static final int STEPS = 12;

    @Test
    void twoOrThreePartsTakeTheSameStepsAsOne() {
        List<DataSet> batches = batches(STEPS, 32);
        NetworkPlan plan = NetworkBuilder.plan(CourseModels.mnistSingleConv(), 7);
        Trace whole = train(plan, 1, batches);
        for (int parts : new int[] { 2, 3 }) {
            assertSameSteps(whole, train(plan, parts, batches), parts + " parts");
        }
        assertTrue(whole.losses.get(STEPS - 1) < whole.losses.get(0), "the loss falls: " + whole.losses);
    }

    @Test
    void aBatchTakenInPassesTakesTheSameStepsAsInOne() {
        List<DataSet> batches = batches(STEPS, 32);
        NetworkPlan plan = NetworkBuilder.plan(CourseModels.mnistSingleConv(), 7);
        Trace whole = train(plan, new StepParallelism(1, 1), batches);
        // 2 parts of at most 5 rows: 4 passes of 8 rows, 4 per part; 1 part of at most 10: 4 passes of 8; 3 parts of
        // at most 7 rows: 2 passes of 16, the last part of each 6 rows
        for (StepParallelism passes : List.of(new StepParallelism(2, 1, 5), new StepParallelism(1, 1, 10),
                new StepParallelism(3, 1, 7))) {
            assertTrue(passes.passes(32) > 1, passes + " takes a batch of 32 in " + passes.passes(32) + " passes");
            assertSameSteps(whole, train(plan, passes, batches), passes.toString());
        }
    }

    @Test
    void aBatchSmallerThanThePartsStillTrains() {
        List<DataSet> three = batches(1, 3);
        NetworkPlan plan = NetworkBuilder.plan(CourseModels.mnistSingleConv(), 7);
        assertEquals(train(plan, 1, three).losses.get(0), train(plan, 4, three).losses.get(0), 2e-4);
    }

    @Test
    void theRuleGivesAPartToACoreWhenThePartIsWorthIt() {
        NetworkPlan mnist = NetworkBuilder.plan(CourseModels.mnistSingleConv(), 7);
        // 3 x 2 x (26*26*16*9 + 2704*128 + 128*10) multiply-adds
        double flops = TrainingFlops.perImage(mnist.configuration(), 1, 28, 28);
        assertEquals(2_668_416, flops, 1);
        assertParts(1, 1, StepParallelism.of(2, 1, 32, flops), "43 MFLOP halves lost 13 %");
        assertParts(2, 1, StepParallelism.of(2, 1, 128, flops), "173 MFLOP halves won 28 %");
        assertParts(1, 1, StepParallelism.of(1, 1, 128, flops), "one core");
        assertParts(3, 21, StepParallelism.of(64, 63, 128, flops), "64 cores");
        assertEquals(1, StepParallelism.of(2, 1, 128, flops).passes(128), "MNIST's batches in one pass");
        assertEquals(1, StepParallelism.of(2, 1, 4096, flops).passes(4096));
        double horses = TrainingFlops.perImage(NetworkBuilder.plan(CourseModels.horsesOrHumans(), 7).configuration(),
                3, 300, 300);
        assertTrue(horses > 1e9, "the horses model's convolutions on 300x300: " + horses);
        assertParts(2, 1, StepParallelism.of(2, 1, 32, horses), "horses, batch 32");
        assertParts(2, 1, StepParallelism.of(2, 1, 8, horses), "horses, batch 8");
        assertParts(8, 3, StepParallelism.of(32, 31, 8, horses), "one image per part at most");
        // parts of 16 took the horses model's images as fast as parts of 64, in a third of the memory
        assertEquals(1, StepParallelism.of(2, 1, 32, horses).passes(32), "horses, batch 32: 2 parts of 16");
        assertEquals(4, StepParallelism.of(2, 1, 128, horses).passes(128), "horses, batch 128: 4 passes of 2 x 16");
        assertEquals(2, StepParallelism.of(2, 1, 64, horses).passes(64), "horses, batch 64: 2 passes of 2 x 16");
    }

    private static void assertParts(int parts, int threads, StepParallelism actual, String what) {
        assertEquals(parts, actual.parts(), what + ": parts");
        assertEquals(threads, actual.threadsPerPart(), what + ": OpenMP threads per part");
    }

    /** The same losses to 2e-4, weights to a relative 1e-4 and training accuracy, step by step. */
    private static void assertSameSteps(Trace whole, Trace split, String what) {
        for (int step = 0; step < STEPS; step++) {
            assertEquals(whole.losses.get(step), split.losses.get(step), 2e-4,
                    what + ": the loss of step " + (step + 1));
        }
        double drift = whole.params.distance2(split.params) / whole.params.norm2Number().doubleValue();
        assertTrue(drift < 1e-4, what + ": the weights after " + STEPS + " steps differ by " + drift);
        assertEquals(whole.accuracy, split.accuracy, 1e-9, what + ": the training accuracy counts every row");
    }

    private record Trace(List<Double> losses, org.nd4j.linalg.api.ndarray.INDArray params, double accuracy) {
    }

    private static Trace train(NetworkPlan plan, int parts, List<DataSet> batches) {
        return train(plan, new StepParallelism(parts, 1), batches);
    }

    private static Trace train(NetworkPlan plan, StepParallelism parallelism, List<DataSet> batches) {
        MultiLayerNetwork network = new MultiLayerNetwork(plan.configuration().clone());
        network.init();
        OneDnnHelpers.enable(network);
        AccuracyProbe probe = new AccuracyProbe(false);
        List<Double> losses = new ArrayList<>();
        try (ParallelStep step = new ParallelStep(network, parallelism, probe)) {
            assertEquals(parallelism.parts(), step.parts());
            for (DataSet batch : batches) {
                step.fit(batch);
                losses.add(network.score());
            }
        }
        return new Trace(losses, network.params().dup(), probe.accuracy());
    }

    private static List<DataSet> batches(int count, int size) {
        PipelineOptions options = PipelineOptions.defaults().withBatchSize(size).withShuffle(true, 3)
                .withRescale(1 / 255f);
        List<DataSet> out = new ArrayList<>();
        try (BatchPipeline pipeline = new BatchPipeline(FashionMnist.train(count * size), options);
                EpochBatches epoch = pipeline.epoch(0)) {
            while (epoch.hasNext()) {
                Batch batch = epoch.next();
                out.add(BatchTensors.toDataSet(batch));
                epoch.recycle(batch);
            }
        }
        return out;
    }
}
