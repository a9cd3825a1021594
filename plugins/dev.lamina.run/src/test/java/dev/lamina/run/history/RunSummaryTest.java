// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.folder.RunStatus;

/** A history line from a run folder written before status.json and dataset.json, and from a damaged one. */
class RunSummaryTest {

    @TempDir
    Path temp;

    @Test
    void anOlderRunFolderIsReadFromItsLogAndMetrics() throws IOException {
        Path run = folder("old", "CANCELLED: Cancelled during epoch 3");
        RunSummary summary = RunSummary.read(run);
        assertEquals(RunStatus.State.STOPPED, summary.state());
        assertEquals(2, summary.epochs());
        assertEquals(5, summary.plannedEpochs());
        assertEquals(0.75, summary.bestValAccuracy());
        assertEquals(0.7, summary.finalValAccuracy());
        assertEquals(21.5, summary.seconds(), 1e-9, "without status.json: the epochs' seconds");
        assertNull(summary.dataset());
        assertEquals("", summary.problem());
        assertEquals(RunStatus.State.FINISHED, RunSummary.read(folder("done", "COMPLETED: 5 epochs")).state());
        assertEquals(RunStatus.State.FAILED, RunSummary.read(folder("nan", "NON_FINITE_LOSS: the loss is NaN"))
                .state());
        assertNull(RunSummary.read(folder("unknown", "")).state());
    }

    @Test
    void aDamagedRecordIsAProblemNamingTheFileNotAnException() throws IOException {
        Path run = folder("damaged", "");
        Files.writeString(run.resolve(RunLayout.STATUS), "{\"format\": 1, \"status\": ");
        RunSummary summary = RunSummary.read(run);
        assertTrue(summary.problem().startsWith(run.resolve(RunLayout.STATUS).toString()), summary.problem());
        assertEquals(2, summary.epochs());
    }

    private Path folder(String name, String lastLogLine) throws IOException {
        Path run = Files.createDirectories(temp.resolve("runs").resolve(name));
        Files.writeString(run.resolve(RunLayout.RUN), """
                {"format": 1, "model": "../../model.lamina", "train": {"folder": "../../data/train"},
                 "epochs": 5, "loss": "sparse_categorical_crossentropy"}
                """);
        Files.writeString(run.resolve(RunLayout.METRICS), """
                epoch,loss,accuracy,val_loss,val_accuracy,seconds
                1,0.9,0.6,0.8,0.75,10.5
                2,0.7,0.7,0.75,0.7,11.0
                """);
        Files.writeString(run.resolve(RunLayout.LOG), "Epoch 1/5\n" + lastLogLine + "\n");
        return run;
    }
}
