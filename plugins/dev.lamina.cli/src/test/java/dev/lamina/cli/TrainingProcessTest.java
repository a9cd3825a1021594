// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.image.PngFile;
import dev.lamina.run.events.RunEventLines;
import dev.lamina.run.events.RunEventLines.OpenedRun;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.metrics.EpochMetrics;
import dev.lamina.run.metrics.MetricsCsv;
import dev.lamina.run.process.TrainingPriority;
import dev.lamina.run.process.TrainingProcess;
import dev.lamina.run.process.TrainingProcessException;
import dev.lamina.testing.FashionMnist;

/**
 * {@code lamina train --events} in a process of its own, as the workbench trains ({@link TrainingProcess}): a real
 * JVM on this test's class path, real Fashion-MNIST class folders; its events as the engine reports them, its
 * priority, a stop that keeps the checkpoint, a resume, and a failure in one line.
 */
class TrainingProcessTest {

    @TempDir
    static Path dir;
    static Path train;
    static Path validation;

    @BeforeAll
    static void writeClassFolders() throws IOException {
        FashionMnist.require();
        Path home = FashionMnist.HOME;
        IdxDataset images = IdxDataset.read(home.resolve("train-images-idx3-ubyte.gz"),
                home.resolve("train-labels-idx1-ubyte.gz"), TrainingCommandsTest.NAMES);
        train = folders(images, 0, 640, dir.resolve("train"));
        validation = folders(images, 640, 200, dir.resolve("validation"));
    }

    private static Path folders(IdxDataset data, int from, int count, Path root) throws IOException {
        for (int i = from; i < from + count; i++) {
            Path file = root.resolve(data.classNames().get(data.label(i))).resolve(String.format("%05d.png", i));
            Files.createDirectories(file.getParent());
            PngFile.write(data.image(i), file);
        }
        return root;
    }

    /** This test JVM's java and class path running the command's main class, as the product's launcher does. */
    private static List<String> launcher() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                Main.class.getName());
    }

    private static List<String> newRun(Path out, int epochs) {
        return List.of("--model", TrainingCommandsTest.MODEL.toString(), "--data", train.toString(), "--validation",
                validation.toString(), "--epochs", Integer.toString(epochs), "--rescale", "1/255", "--out",
                out.toString());
    }

    @Test
    void theRunsEventsComeBackAsTheEngineReportsThem() throws Exception {
        Path out = dir.resolve("runs/complete");
        Events events = new Events(null);
        List<String> output = new CopyOnWriteArrayList<>();
        RunResult result = new TrainingProcess(TrainingProcess.command(launcher(), newRun(out, 2)))
                .run(events, output::add);

        assertEquals(RunResult.Outcome.COMPLETED, result.outcome(), String.join("\n", output));
        assertNotNull(events.opened);
        assertEquals(out, events.opened.folder());
        assertTrue(events.opened.description().contains("model.lamina"), events.opened.description());
        assertFalse(events.opened.device().isBlank());
        assertEquals(2, events.start.epochs());
        assertEquals(640, events.start.trainingSamples());
        assertEquals(200, events.start.validationSamples());
        assertEquals(TrainingCommandsTest.NAMES.stream().sorted().toList(), events.start.classNames());
        assertEquals(2 * events.start.batchesPerEpoch(), events.iterations.size());
        assertEquals(events.start.batchesPerEpoch(), events.iterations.getLast().batch());

        // the epochs as metrics.csv has them, and as the run's end says
        List<EpochMetrics> written = MetricsCsv.read(out.resolve("metrics.csv"));
        assertEquals(2, events.epochs.size());
        for (int i = 0; i < 2; i++) {
            EpochMetrics sent = events.epochs.get(i).metrics();
            assertEquals(written.get(i).epoch(), sent.epoch());
            assertEquals(written.get(i).loss(), sent.loss(), 1e-6);
            assertEquals(written.get(i).valAccuracy(), sent.valAccuracy(), 1e-6);
            assertTrue(events.epochs.get(i).memoryBytes() > 0);
        }
        assertEquals(events.epochs.stream().map(r -> r.metrics()).toList(), result.history());
        assertTrue(Files.isRegularFile(out.resolve("model.zip")));
        // nothing of the protocol leaks into what the console shows
        assertTrue(output.stream().noneMatch(RunEventLines::isEvent), String.join("\n", output));

        // every thread of the process trained below the normal priority (nice), the test's own threads did not
        assertFalse(events.nices.isEmpty(), "no thread of the training process was seen");
        assertEquals(Set.of(TrainingPriority.DEFAULT_NICE), events.nices, "nice values of the process's threads");
    }

    @Test
    void aStopKeepsTheCheckpointAndAResumeFinishesTheRun() throws Exception {
        Path out = dir.resolve("runs/stopped");
        TrainingProcess[] process = new TrainingProcess[1];
        long[] resident = new long[1];
        Events events = new Events(progress -> {
            if (progress.epoch() == 1 && progress.batch() == 2) {
                resident[0] = process[0].residentBytes().orElse(-1);
            }
            if (progress.epoch() == 2 && progress.batch() == 3) { // after the first epoch's checkpoint
                process[0].cancel();
            }
        });
        process[0] = new TrainingProcess(TrainingProcess.command(launcher(), newRun(out, 3)));
        RunResult stopped = process[0].run(events, line -> {
        });

        assertEquals(RunResult.Outcome.CANCELLED, stopped.outcome());
        // the training process's memory as the Run view shows it: a JVM with ND4J loaded holds well over 100 MB
        assertTrue(resident[0] > 100L << 20, "resident bytes " + resident[0]);
        assertTrue(process[0].residentBytes().isEmpty(), "no memory once the process ended");
        assertTrue(events.iterations.size() < events.start.batchesPerEpoch() * 3, "stopped early");
        for (String file : List.of("checkpoint.zip", "model.zip", "metrics.csv", "iterations.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertEquals(RunStatus.State.STOPPED, RunStatus.read(out).state());

        Events resumed = new Events(null);
        RunResult finished = new TrainingProcess(TrainingProcess.command(launcher(),
                List.of("--resume", out.toString()))).run(resumed, line -> {
                });
        assertEquals(RunResult.Outcome.COMPLETED, finished.outcome());
        assertEquals(out, resumed.opened.folder());
        assertTrue(resumed.opened.description().startsWith("Resuming " + out), resumed.opened.description());
        assertEquals(3, finished.history().size());
        assertEquals(RunStatus.State.FINISHED, RunStatus.read(out).state());
    }

    /** The Runs view's Re-run: the run folder's own run.json, trained again into a new folder beside it. */
    @Test
    void aReRunTrainsTheFoldersRunFileIntoANewFolderBesideIt() throws Exception {
        Path runs = dir.resolve("rerun/runs");
        Path first = runs.resolve("first");
        CliRun trained = CliRun.of("train", "--model", TrainingCommandsTest.MODEL.toString(), "--data",
                validation.toString(), "--epochs", "1", "--rescale", "1/255", "--out", first.toString());
        assertEquals(ExitCode.OK, trained.exitCode(), trained.err());

        Events events = new Events(null);
        RunResult again = new TrainingProcess(TrainingProcess.command(launcher(),
                List.of(first.resolve("run.json").toString(), "--runs", runs.toString()))).run(events, line -> {
                });
        assertEquals(RunResult.Outcome.COMPLETED, again.outcome());
        Path second = events.opened.folder();
        assertEquals(runs, second.getParent());
        assertTrue(second.getFileName().toString().matches(".+-\\d{8}-\\d{6}"), second.toString()); // name-time
        assertEquals(200, events.start.trainingSamples()); // the paths of the copied run.json still lead to the data
        assertEquals(1, MetricsCsv.read(second.resolve("metrics.csv")).size());
        assertEquals(1, MetricsCsv.read(first.resolve("metrics.csv")).size());
    }

    /** A workbench that goes away (its end of the pipe closes) stops the run as a stop does: checkpoint kept. */
    @Test
    void theEndOfItsInputStopsTheRunCleanly() throws Exception {
        Path out = dir.resolve("runs/orphaned");
        Process process = new ProcessBuilder(TrainingProcess.command(launcher(), newRun(out, 3)))
                .redirectErrorStream(true).start();
        List<String> finished = new ArrayList<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            boolean closed = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!closed && line.contains("\"event\": \"iteration\", \"epoch\": 2")) {
                    process.getOutputStream().close(); // the workbench is gone
                    closed = true;
                }
                if (line.contains("\"event\": \"finished\"")) {
                    finished.add(line);
                }
            }
        }
        assertEquals(ExitCode.FAILURE, process.waitFor());
        assertEquals(1, finished.size());
        assertTrue(finished.getFirst().contains("\"outcome\": \"CANCELLED\""), finished.getFirst());
        assertTrue(Files.isRegularFile(out.resolve("checkpoint.zip")));
        assertEquals(RunStatus.State.STOPPED, RunStatus.read(out).state());
    }

    @Test
    void aRunThatCannotStartSaysWhyInOneLineNamingTheFile() {
        Path missing = dir.resolve("no-such-run.json");
        List<String> output = new ArrayList<>();
        TrainingProcessException e = assertThrows(TrainingProcessException.class,
                () -> new TrainingProcess(TrainingProcess.command(launcher(), List.of(missing.toString())))
                        .run(new Events(null), output::add));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void aStopBeforeTheProcessStartsKeepsItFromStarting() {
        TrainingProcess process = new TrainingProcess(TrainingProcess.command(launcher(),
                newRun(dir.resolve("runs/never"), 1)));
        process.cancel();
        assertThrows(TrainingProcessException.class, () -> process.run(new Events(null), line -> {
        }));
        assertFalse(Files.exists(dir.resolve("runs/never")));
    }

    /** Records what a training process said; reads its threads' nice values at the first step. */
    private static final class Events implements RunEventLines.Receiver {
        private final java.util.function.Consumer<IterationProgress> onIteration;
        OpenedRun opened;
        RunStart start;
        final List<IterationProgress> iterations = new ArrayList<>();
        final List<EpochReport> epochs = new ArrayList<>();
        final Set<Integer> nices = new TreeSet<>();

        Events(java.util.function.Consumer<IterationProgress> onIteration) {
            this.onIteration = onIteration;
        }

        @Override
        public void opened(OpenedRun run) {
            opened = run;
        }

        @Override
        public void started(RunStart runStart) {
            start = runStart;
        }

        @Override
        public void iteration(IterationProgress progress) {
            iterations.add(progress);
            if (iterations.size() == 2) {
                ProcessHandle.current().children().forEach(child -> nices.addAll(threadNices(child.pid())));
            }
            if (onIteration != null) {
                onIteration.accept(progress);
            }
        }

        @Override
        public void epochEnded(EpochReport report) {
            epochs.add(report);
        }

        private static Set<Integer> threadNices(long pid) {
            Set<Integer> values = new TreeSet<>();
            try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path task : tasks.toList()) {
                    String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                    values.add(Integer.parseInt(fields[16]));
                }
            } catch (IOException e) {
                // a thread ended while listed
            }
            return values;
        }
    }
}
