// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.cli.commands.TrainCommand;
import dev.lamina.cli.commands.TrainCommand.RunChoice;
import dev.lamina.run.config.Backend;

/** The launcher's question before the JVM starts: which back end and GPU a command line asks for. */
class BackendPreflightTest {

    @TempDir
    Path dir;

    private static RunChoice choice(Map<String, String> env, String... args) {
        return TrainCommand.choice(List.of(args), env::get);
    }

    @Test
    void theFlagBeatsTheVariableWhichBeatsTheRunFile() throws Exception {
        Path run = Files.writeString(dir.resolve("run.json"), """
                {"format": 2, "model": "m.lamina", "train": {"folder": "d"}, "epochs": 1, "loss": "mse",
                 "backend": "cuda", "device": 2}
                """);
        assertEquals(new RunChoice(Backend.CUDA, 2), choice(Map.of(), "train", run.toString()));
        assertEquals(new RunChoice(Backend.CPU, 2), choice(Map.of("LAMINA_BACKEND", "cpu"), "train", run.toString()));
        assertEquals(new RunChoice(Backend.AUTO, 1), choice(Map.of("LAMINA_BACKEND", "cpu"), "train", run.toString(),
                "--backend", "auto", "--device", "1"));
        assertEquals(new RunChoice(Backend.AUTO, 0), choice(Map.of(), "train", "--model", "m.lamina", "--data", "d"));
        assertEquals(new RunChoice(Backend.CUDA, 0), choice(Map.of("LAMINA_BACKEND", "cuda"), "version"));
        assertEquals(new RunChoice(Backend.AUTO, 0), choice(Map.of()));

        // a resumed run computes where its run.json says
        Path folder = Files.createDirectories(dir.resolve("runs/one"));
        Files.copy(run, folder.resolve("run.json"));
        assertEquals(new RunChoice(Backend.CUDA, 2), choice(Map.of("LAMINA_BACKEND", "cpu"), "train", "--resume",
                folder.toString()));
        assertThrows(RuntimeException.class, () -> choice(Map.of(), "train", "--backend", "tpu"));
    }

    @Test
    void thisCpuBuildAlwaysAnswersCpu() {
        // no CUDA back end on the test class path: even cuda, refused by the run itself, starts ND4J on the CPU
        assertEquals("cpu", BackendPreflight.decide(List.of("train", "--backend", "cuda", "--model", "m", "--data",
                "d")));
        assertEquals("cpu", BackendPreflight.decide(List.of("version")));
        assertEquals("cpu", BackendPreflight.decide(List.of("train", dir.resolve("missing.json").toString())));
    }
}
