// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.ModelFile;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.image.PngFile;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.data.pipeline.Subset;
import dev.lamina.engine.inference.Evaluation;
import dev.lamina.engine.inference.EvaluationData;
import dev.lamina.engine.inference.TrainedModel;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.DatasetFingerprint;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.history.RunSummary;
import dev.lamina.run.metrics.ConfusionMatrix;
import dev.lamina.testing.FashionMnist;

/**
 * A real tiny Fashion-MNIST run through the shared code path ({@link NewRun}, {@link ResumedRun}): the status and
 * dataset records it leaves, the history line read back, and the evaluation of its model on its validation data.
 */
class RunRecordsTest {

    private static final String RUN = """
            {"format": 1, "model": "model.lamina", "train": {"folder": "data/train"},
             "validation": {"folder": "data/validation"}, "preprocessing": {"rescale": 0.00392156862745098},
             "batch_size": 32, "epochs": 2, "seed": 3, "loss": "sparse_categorical_crossentropy",
             "checkpoint_every": 1}
            """;

    @TempDir
    Path temp;

    @Test
    void aStoppedRunIsRecordedAsStoppedResumesToFinishedAndItsModelIsEvaluatedPerSample() throws Exception {
        FashionMnist.require();
        classFolders(fashion(FashionMnist.trainImages(), FashionMnist.trainLabels(), 400), temp.resolve("data/train"));
        classFolders(fashion(FashionMnist.testImages(), FashionMnist.testLabels(), 120),
                temp.resolve("data/validation"));
        ModelFile.save(CourseModels.mnistSingleConv(), temp.resolve("model.lamina"));
        Files.writeString(temp.resolve("run.json"), RUN, StandardCharsets.UTF_8);

        NewRun run = NewRun.fromRunFile(temp.resolve("run.json"));
        Path folder = run.folder().folder();
        assertEquals(RunStatus.State.RUNNING, RunStatus.read(folder).state());
        DatasetFingerprint dataset = DatasetFingerprint.read(folder);
        assertEquals(DatasetFingerprint.of(run.run().data().training(), run.run().data().validation()), dataset);
        assertEquals(400, dataset.training().images());
        assertEquals(120, dataset.validation().images());
        assertEquals(400, dataset.training().counts().values().stream().mapToInt(Integer::intValue).sum());

        Trainer trainer = new Trainer();
        RunResult stopped = run.train(trainer, new RunListener() {
            @Override
            public void epochEnded(EpochReport report) {
                trainer.cancel();
            }
        });
        assertEquals(RunResult.Outcome.CANCELLED, stopped.outcome());
        RunStatus afterStop = RunStatus.read(folder);
        assertEquals(RunStatus.State.STOPPED, afterStop.state());
        assertTrue(afterStop.seconds() > 0);
        assertFalse(afterStop.device().isBlank());
        RunSummary summary = RunSummary.read(folder);
        assertEquals(RunStatus.State.STOPPED, summary.state());
        assertEquals(1, summary.epochs());
        assertEquals(2, summary.plannedEpochs());
        assertEquals("model.lamina", summary.model());
        assertTrue(summary.finalValAccuracy() > 0.1, "validation accuracy " + summary.finalValAccuracy());
        assertEquals("", summary.problem());

        ResumedRun resumed = ResumedRun.open(folder);
        assertEquals(RunStatus.State.RUNNING, RunStatus.read(folder).state());
        RunResult finished = resumed.train(new Trainer(), new RunListener() {
        });
        assertEquals(RunResult.Outcome.COMPLETED, finished.outcome());
        RunStatus afterResume = RunStatus.read(folder);
        assertEquals(RunStatus.State.FINISHED, afterResume.state());
        assertEquals(afterStop.started(), afterResume.started());
        assertTrue(afterResume.seconds() > afterStop.seconds());
        summary = RunSummary.read(folder);
        assertEquals(2, summary.epochs());
        assertTrue(summary.bestValAccuracy() >= summary.finalValAccuracy());

        TrainedModel model = TrainedModel.load(folder.resolve(RunLayout.TRAINED_MODEL));
        SampleSource validation = EvaluationData.validation(folder);
        assertEquals(120, validation.size());
        Evaluation evaluation = model.evaluate(validation);
        assertEquals(120, evaluation.answers().size());
        ConfusionMatrix matrix = evaluation.report().matrix();
        long wrong = 0;
        for (int a = 0; a < matrix.classes(); a++) {
            for (int p = 0; p < matrix.classes(); p++) {
                List<Evaluation.Answer> cell = evaluation.cell(a, p);
                assertEquals(matrix.count(a, p), cell.size());
                cell.forEach(answer -> assertTrue(answer.probability() > 0 && answer.probability() <= 1));
                wrong += a == p ? 0 : cell.size();
            }
        }
        assertEquals(wrong, evaluation.misclassified().size());
        // the same numbers as the folder path lamina evaluate takes
        Evaluation onFolder = model.evaluate(EvaluationData.folder(model.metadata(), temp.resolve("data/validation")));
        assertEquals(matrix, onFolder.report().matrix());
    }

    static SampleSource fashion(Path images, Path labels, int count) {
        return Subset.first(IdxDataset.read(images, labels, FashionMnist.CLASSES), count);
    }

    static void classFolders(SampleSource source, Path out) throws IOException {
        for (int i = 0; i < source.size(); i++) {
            String name = source.classNames().get(source.label(i)).replace('/', '-');
            Path file = out.resolve(name).resolve(String.format("%05d.png", i));
            Files.createDirectories(file.getParent());
            PngFile.write(source.load(i), file);
        }
    }
}
