// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.ModelFile;
import dev.lamina.engine.archive.ModelArchive;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.EpochState;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;
import dev.lamina.testing.FashionMnist;

/** The per-epoch states a real Fashion-MNIST run keeps in {@code epochs/}, as run.json's {@code keep_epochs} says. */
class EpochStatesTest {

    private static final String RUN = """
            {"format": 3, "model": "model.lamina", "train": {"folder": "data/train"},
             "validation": {"folder": "data/validation"}, "preprocessing": {"rescale": 0.00392156862745098},
             "batch_size": 32, "epochs": 3, "seed": 5, "loss": "sparse_categorical_crossentropy",
             "checkpoint_every": 2, "keep_epochs": "%s"}
            """;

    @TempDir
    Path temp;

    @BeforeEach
    void data() throws Exception {
        FashionMnist.require();
        RunRecordsTest.classFolders(RunRecordsTest.fashion(FashionMnist.trainImages(), FashionMnist.trainLabels(), 300),
                temp.resolve("data/train"));
        RunRecordsTest.classFolders(RunRecordsTest.fashion(FashionMnist.testImages(), FashionMnist.testLabels(), 100),
                temp.resolve("data/validation"));
        ModelFile.save(CourseModels.mnistSingleConv(), temp.resolve("model.lamina"));
    }

    @Test
    void aSmallModelKeepsEveryEpochsStateAndTheLastIsTheTrainedModel() throws Exception {
        Path folder = train("auto");
        List<EpochState> states = RunLayout.epochStates(folder);
        assertEquals(List.of(1, 2, 3), states.stream().map(EpochState::epoch).toList());
        assertEquals(folder.resolve("epochs/epoch-002.zip"), states.get(1).file());
        List<INDArray> params = new ArrayList<>();
        for (EpochState state : states) {
            assertEquals(state.epoch(), ModelArchive.readMetadata(state.file()).history().size());
            params.add(ModelArchive.readNetwork(state.file(), false).params());
        }
        assertNotEquals(params.get(0), params.get(1), "epoch 2 trained on from epoch 1");
        assertNotEquals(params.get(1), params.get(2));
        MultiLayerNetwork trained = ModelArchive.readNetwork(folder.resolve(RunLayout.TRAINED_MODEL), false);
        assertEquals(trained.params(), params.get(2), "the last epoch's state has model.zip's weights");
        assertEquals(states.get(0).file(), RunLayout.trainedModel(folder, 1));
        assertTrue(Files.size(states.get(0).file()) < Files.size(folder.resolve(RunLayout.CHECKPOINT)),
                "no optimizer state");
    }

    @Test
    void bestAndLastKeepsTheLowestValidationLossAndTheLastEpoch() throws Exception {
        Path folder = train("best_and_last");
        List<EpochMetrics> history = MetricsCsv.read(folder.resolve(RunLayout.METRICS));
        int best = history.stream().min(Comparator.comparingDouble(EpochMetrics::valLoss)).orElseThrow().epoch();
        List<Integer> kept = RunLayout.epochStates(folder).stream().map(EpochState::epoch).toList();
        assertEquals(best == 3 ? List.of(3) : List.of(best, 3), kept, history.toString());
    }

    private Path train(String keep) throws Exception {
        Files.writeString(temp.resolve("run.json"), RUN.formatted(keep), StandardCharsets.UTF_8);
        NewRun run = NewRun.fromRunFile(temp.resolve("run.json"));
        RunResult result = run.train(new Trainer(), new RunListener() {
        });
        assertEquals(RunResult.Outcome.COMPLETED, result.outcome(), result.message());
        return run.folder().folder();
    }
}
