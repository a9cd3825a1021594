// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The back-end decision as log.txt records it: the first line, the latest resume, old logs without one. */
class BackendLogLineTest {

    @TempDir
    Path run;

    @Test
    void readsTheDecisionTheLogStartsWith() throws IOException {
        Files.writeString(run.resolve(RunLayout.LOG), """
                Backend cpu: no NVIDIA driver (libcuda.so.1 not found); training on the CPU
                Epoch 1/2 - loss 0.71 - accuracy 0.75
                COMPLETED: Trained 2 epochs
                """);
        assertEquals(Optional.of("cpu: no NVIDIA driver (libcuda.so.1 not found); training on the CPU"),
                BackendLogLine.read(run));
    }

    @Test
    void aResumedRunSaysWhereItComputesNow() throws IOException {
        Files.writeString(run.resolve(RunLayout.LOG), """
                Backend cpu: backend cpu chosen; training on the CPU
                CANCELLED: Cancelled during epoch 2
                Resumed; Backend cuda (GPU 1): GPU 1 NVIDIA A100 (compute capability 8.0) runs ND4J CUDA 11.6
                """);
        assertEquals(Optional.of("cuda (GPU 1): GPU 1 NVIDIA A100 (compute capability 8.0) runs ND4J CUDA 11.6"),
                BackendLogLine.read(run));
    }

    @Test
    void logsWithoutADecisionAndMissingLogsSayNothing() throws IOException {
        assertEquals(Optional.empty(), BackendLogLine.read(run));
        Files.writeString(run.resolve(RunLayout.LOG), "COMPLETED: Trained 2 epochs\n");
        assertEquals(Optional.empty(), BackendLogLine.read(run));
    }
}
