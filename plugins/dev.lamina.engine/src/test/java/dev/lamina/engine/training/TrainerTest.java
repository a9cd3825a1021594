// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import static dev.lamina.core.layer.ActivationFunction.RELU;
import static dev.lamina.core.layer.ActivationFunction.SIGMOID;
import static dev.lamina.core.layer.ActivationFunction.SOFTMAX;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.Model;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.engine.network.ModelNotTrainableException;
import dev.lamina.engine.network.NetworkPlan;
import dev.lamina.run.config.Optimizer;
import dev.lamina.run.config.OptimizerKind;
import dev.lamina.run.config.StopCondition;
import dev.lamina.run.config.TrainingMetric;
import dev.lamina.run.config.TrainingSettings;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult.Outcome;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.metrics.EpochMetrics;

/** Training on real Fashion-MNIST images: learning, the stop callback, cancel, NaN, resume. */
class TrainerTest {

    private static final TrainingSettings SETTINGS = TrainingSettings.defaults(2).withRescale(1f / 255).withSeed(7);

    @Test
    void theCourseModelLearnsFashionMnist() {
        TrainingData data = new TrainingData(FashionMnist.train(4000), FashionMnist.test(1000), 0);
        Recorder recorder = new Recorder();
        RunResult result = new Trainer().train(CourseModels.mnistSingleConv(), data, SETTINGS, Checkpoints.NONE,
                recorder);

        assertEquals(Outcome.COMPLETED, result.outcome());
        assertEquals(2, result.epochsCompleted());
        EpochMetrics last = result.last();
        assertTrue(last.valAccuracy() > 0.75, "validation accuracy " + last.valAccuracy());
        assertTrue(last.accuracy() > 0.75, "training accuracy " + last.accuracy());
        assertTrue(last.loss() < result.history().get(0).loss(), "the loss falls between epochs");
        assertTrue(last.valLoss() > 0 && last.valLoss() < 1, "validation loss " + last.valLoss());
        assertEquals(2 * 125, recorder.iterations, "one event per batch of 32");
        assertEquals(2, recorder.epochs.size());
    }

    @Test
    void theStopConditionEndsTheRunAndSaysSo() {
        TrainingData data = new TrainingData(FashionMnist.train(1000), null, 0);
        StopCondition stop = new StopCondition(TrainingMetric.ACCURACY, true, 0.5, "Reached 50% accuracy so cancelling training!");
        Recorder recorder = new Recorder();
        RunResult result = new Trainer().train(CourseModels.mnistSingleConv(), data,
                SETTINGS.withEpochs(20).withStop(stop), Checkpoints.NONE, recorder);
        assertEquals(Outcome.REACHED_TARGET, result.outcome());
        assertTrue(result.epochsCompleted() < 20);
        assertTrue(result.last().accuracy() > 0.5);
        assertEquals(List.of("Reached 50% accuracy so cancelling training!"), recorder.messages);
    }

    @Test
    void cancelTakesEffectBeforeTheNextBatch() {
        TrainingData data = new TrainingData(FashionMnist.train(2000), null, 0);
        Trainer trainer = new Trainer();
        Recorder recorder = new Recorder() {
            @Override
            public void iteration(RunListener.IterationProgress progress) {
                super.iteration(progress);
                if (progress.batch() == 3) {
                    trainer.cancel();
                }
            }
        };
        RunResult result = trainer.train(CourseModels.mnistSingleConv(), data, SETTINGS, Checkpoints.NONE, recorder);
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals(3, recorder.iterations);
        assertEquals(0, result.epochsCompleted());
    }

    @Test
    void aDivergingLossStopsTheRunNamingEpochAndBatch() {
        TrainingData data = new TrainingData(FashionMnist.train(500), null, 0);
        // raw 0..255 pixels and a huge learning rate: the course's classic mistake, pushed until it breaks
        TrainingSettings reckless = SETTINGS.withRescale(1f).withOptimizer(new Optimizer(OptimizerKind.SGD, 1e6, 0));
        RunResult result = new Trainer().train(CourseModels.mnistSingleConv(), data, reckless, Checkpoints.NONE,
                new Recorder());
        assertEquals(Outcome.NON_FINITE_LOSS, result.outcome());
        assertTrue(result.message().matches("The loss became (NaN|infinite) at epoch 1, batch \\d+: .*"),
                result.message());
    }

    @Test
    void aResumedRunEndsWithTheSameWeightsAsAnUninterruptedOne() throws IOException {
        TrainingData data = new TrainingData(FashionMnist.train(600), null, 0);
        TrainingSettings three = SETTINGS.withEpochs(3);
        InMemoryCheckpoints straight = new InMemoryCheckpoints();
        new Trainer().train(CourseModels.mnistSingleConv(), data, three, straight, new Recorder());

        InMemoryCheckpoints firstPart = new InMemoryCheckpoints();
        new Trainer().train(CourseModels.mnistSingleConv(), data, three.withEpochs(1), firstPart, new Recorder());
        NetworkPlan plan = Trainer.plan(CourseModels.mnistSingleConv(), three);
        InMemoryCheckpoints rest = new InMemoryCheckpoints();
        RunResult resumed = new Trainer().train(plan, firstPart.restore(), firstPart.history, data, three, rest,
                new Recorder());

        assertEquals(3, resumed.epochsCompleted());
        assertEquals(withoutTimes(straight.history), withoutTimes(rest.history), "the same epoch metrics");
        assertArrayEquals(straight.params, rest.params, "resumed weights equal uninterrupted weights");
    }

    @Test
    void aBinaryModelNeedsTwoClasses() {
        Model binary = Model.builder().input(28, 28, 1).conv2d(4, 3, RELU).flatten().dense(1, SIGMOID).build();
        TrainingData tenClasses = new TrainingData(FashionMnist.train(100), null, 0);
        ModelNotTrainableException e = assertThrows(ModelNotTrainableException.class,
                () -> new Trainer().train(binary, tenClasses, SETTINGS, Checkpoints.NONE, new Recorder()));
        assertEquals("dense has 1 unit(s) with binary_crossentropy, which needs 1 unit and 2 classes; the data has"
                + " 10 classes", e.getMessage());
    }

    @Test
    void theOutputMustHaveOneUnitPerClass() {
        Model five = Model.builder().input(28, 28, 1).conv2d(4, 3, RELU).flatten().dense(5, SOFTMAX).build();
        SampleSource data = FashionMnist.train(100);
        ModelNotTrainableException e = assertThrows(ModelNotTrainableException.class,
                () -> new Trainer().train(five, new TrainingData(data, null, 0), SETTINGS, Checkpoints.NONE,
                        new Recorder()));
        assertEquals("dense has 5 units but the data has 10 classes", e.getMessage());
    }

    private static List<List<Double>> withoutTimes(List<EpochMetrics> history) {
        return history.stream().map(m -> List.of(m.loss(), m.accuracy())).toList();
    }

    static class Recorder implements RunListener {
        int iterations;
        final List<EpochMetrics> epochs = new ArrayList<>();
        final List<String> messages = new ArrayList<>();

        @Override
        public void iteration(IterationProgress progress) {
            iterations++;
        }

        @Override
        public void epochEnded(EpochReport report) {
            epochs.add(report.metrics());
        }

        @Override
        public void message(String line) {
            messages.add(line);
        }
    }

    /** Keeps the last checkpoint as DL4J's serialized form, updater state included, in memory. */
    static final class InMemoryCheckpoints implements Checkpoints {
        float[] params;
        byte[] saved;
        List<EpochMetrics> history = List.of();

        @Override
        public void save(MultiLayerNetwork network, List<EpochMetrics> epochs) {
            params = network.params().toFloatVector();
            history = List.copyOf(epochs);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ModelSerializer.writeModel(network, out, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            saved = out.toByteArray();
        }

        MultiLayerNetwork restore() throws IOException {
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(saved), true);
        }
    }
}
