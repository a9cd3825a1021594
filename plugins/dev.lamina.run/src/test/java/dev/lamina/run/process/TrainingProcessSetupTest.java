// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.run.events.RunEventLines;
import dev.lamina.run.events.RunListener;

/** Which launcher a workbench run trains with, its command line and the environment it starts with. */
class TrainingProcessSetupTest {

    @TempDir
    Path dir;

    private final String home = System.getProperty("eclipse.home.location");

    @AfterEach
    void restoreProperties() {
        System.clearProperty(TrainingProcess.LAUNCHER_PROPERTY);
        System.clearProperty(TrainingPriority.PROPERTY);
        if (home == null) {
            System.clearProperty("eclipse.home.location");
        } else {
            System.setProperty("eclipse.home.location", home);
        }
    }

    private Path launcherScript(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path script = folder.resolve("lamina");
        Files.writeString(script, "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void theProductsLauncherBesideTheInstallationTrainsUnlessTheUserSaysOtherwise() throws IOException {
        Path install = dir.resolve("lamina install");
        Path script = launcherScript(install);
        System.setProperty("eclipse.home.location", install.toUri().toString());
        assertEquals(Optional.of(script), TrainingProcess.launcher());

        System.setProperty(TrainingProcess.LAUNCHER_PROPERTY, "false");
        assertEquals(Optional.empty(), TrainingProcess.launcher());

        Path other = launcherScript(dir.resolve("other"));
        System.setProperty(TrainingProcess.LAUNCHER_PROPERTY, other.toString());
        assertEquals(Optional.of(other), TrainingProcess.launcher());
    }

    @Test
    void withoutALauncherTheRunTrainsInTheWorkbench() throws IOException {
        Path install = dir.resolve("tests");
        Files.createDirectories(install);
        System.setProperty("eclipse.home.location", install.toUri().toString());
        assertEquals(Optional.empty(), TrainingProcess.launcher());

        Path notExecutable = install.resolve("lamina");
        Files.writeString(notExecutable, "#!/bin/sh\n");
        assertEquals(Optional.empty(), TrainingProcess.launcher());
    }

    @Test
    void theCommandTrainsWithEventsBelowTheNormalPriority() {
        List<String> command = TrainingProcess.command(List.of("/opt/lamina/lamina"),
                List.of("--resume", "/w/runs/a b"));
        assertEquals(List.of("/opt/lamina/lamina", "train", "--resume", "/w/runs/a b", "--events"),
                command.subList(command.size() - 5, command.size()));
        assertTrue(command.get(0).endsWith("/nice"), command.toString());
        assertEquals(List.of("-n", "10"), command.subList(1, 3));

        System.setProperty(TrainingPriority.PROPERTY, "0");
        assertEquals(List.of("/opt/lamina/lamina", "train", "RUN.json", "--events"),
                TrainingProcess.command(List.of("/opt/lamina/lamina"), List.of("RUN.json")));
        System.setProperty(TrainingPriority.PROPERTY, "42");
        assertEquals("19", TrainingProcess.command(List.of("l"), List.of()).get(2));
    }

    /** What a training process that ends without a run's end says: its own last lines, or the protocol's problem. */
    @Test
    void aProcessThatEndsWithoutTheRunsEndFailsWithWhatItSaid() {
        List<String> output = new ArrayList<>();
        RunEventLines.Receiver ignore = RunEventLines.receiver(run -> {
        }, new RunListener() {
        });
        // the command's own one-line error is its last line; everything it printed went to the console
        TrainingProcessException failed = assertThrows(TrainingProcessException.class,
                () -> new TrainingProcess(List.of("/bin/sh", "-c",
                        "echo 'Loading ND4J'; echo 'lamina train: /w/run.json: no such file' >&2; echo; exit 1"))
                        .run(ignore, output::add));
        assertEquals("lamina train: /w/run.json: no such file", failed.getMessage());
        assertEquals(List.of("Loading ND4J", "lamina train: /w/run.json: no such file", ""), output);

        TrainingProcessException newer = assertThrows(TrainingProcessException.class,
                () -> new TrainingProcess(List.of("/bin/sh", "-c",
                        "echo '@lamina-run/2 {\"event\": \"opened\"}'")).run(ignore, line -> {
                        }));
        assertEquals("the training process writes run events of version 2, this Lamina reads version 1",
                newer.getMessage());

        TrainingProcessException missing = assertThrows(TrainingProcessException.class,
                () -> new TrainingProcess(List.of(dir.resolve("no-lamina").toString())).run(ignore, line -> {
                }));
        assertTrue(missing.getMessage().startsWith("cannot start " + dir.resolve("no-lamina")), missing.getMessage());
    }

    @Test
    void aTrainingProcessDropsTheBackEndTheLauncherChoseForTheWorkbench() {
        Map<String, String> environment = new HashMap<>(Map.of("HOME", "/home/u", "BACKEND_PRIORITY_GPU", "-1",
                "CUDA_VISIBLE_DEVICES", "1", TrainingProcess.BACKEND_VARIABLES, "BACKEND_PRIORITY_GPU"));
        TrainingProcess.withoutWorkbenchBackend(environment);
        // the user's own CUDA_VISIBLE_DEVICES stays: the launcher did not set it
        assertEquals(Map.of("HOME", "/home/u", "CUDA_VISIBLE_DEVICES", "1"), environment);

        Map<String, String> cuda = new HashMap<>(Map.of("CUDA_VISIBLE_DEVICES", "0", "CUDA_DEVICE_ORDER",
                "PCI_BUS_ID", TrainingProcess.BACKEND_VARIABLES, "CUDA_VISIBLE_DEVICES CUDA_DEVICE_ORDER"));
        TrainingProcess.withoutWorkbenchBackend(cuda);
        assertEquals(Map.of(), cuda);

        Map<String, String> cpuBuild = new HashMap<>(Map.of("BACKEND_PRIORITY_GPU", "-1"));
        TrainingProcess.withoutWorkbenchBackend(cpuBuild);
        assertEquals(Map.of("BACKEND_PRIORITY_GPU", "-1"), cpuBuild);
    }
}
