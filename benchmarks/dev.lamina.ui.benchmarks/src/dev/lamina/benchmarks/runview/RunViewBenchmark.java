// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.runview;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.ModelFile;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.idx.IdxExporter;
import dev.lamina.engine.run.NewRun;
import dev.lamina.engine.training.Trainer;
import dev.lamina.engine.training.TrainingThread;
import dev.lamina.run.config.DataSource;
import dev.lamina.run.config.FilePath;
import dev.lamina.run.config.Loss;
import dev.lamina.run.config.Preprocessing;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.Validation;
import dev.lamina.run.events.EpochLines;
import dev.lamina.run.events.RunEventLines;
import dev.lamina.run.events.RunListener;
import dev.lamina.run.events.RunListeners;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.process.TrainingProcess;
import dev.lamina.ui.runs.ChartFrames;
import dev.lamina.ui.runs.RunCharts;
import dev.lamina.ui.runs.RunCurves;

/**
 * The Run view's speed, three figures (a command, not a test: it prints and exits 0):
 * <ol>
 * <li><b>UI latency</b> while a real run trains ({@link UiLatency}): a thread posts a runnable with {@code asyncExec}
 * due every 10 ms; the delay from when it was due until the UI thread runs it, p50 / p99 / max (goal: never over
 * 50 ms), garbage collection pauses included; the same probes run while {@code lamina train} trains, for comparison
 * and so that their cost weighs on both arms of the overhead. The UI thread meanwhile
 * redraws the Run view's charts ({@link RunCharts}) from the run's {@link RunCurves} every 250 ms, as the view
 * does, through its own {@link ChartFrames} (the frame computed off the UI thread, painted on it).</li>
 * <li><b>Overhead</b>: images/s of the same run.json trained as {@code lamina train RUN.json} trains it against
 * the workbench's way, with the Run view's listeners (curves, epoch lines, progress) and the charts redrawing; the
 * two alternate, same settings (goal: within 3 %).</li>
 * <li><b>Chart redraw</b> with 100,000 batch points: snapshot, decimation and painting both charts.</li>
 * </ol>
 * Both runs train as the product trains them: in a process of their own ({@code lamina train --events}, the
 * command's JVM given by the system property {@code lamina.bench.command}, as {@link TrainingProcess} starts it),
 * the workbench's at the lower priority; {@code --in-process} trains both in this JVM instead, as the workbench did
 * before (and still does where it has no launcher), on a thread of the engine's.
 * <p>
 * RunViewBenchmark [--quick] [--images N] [--epochs E] [--rounds R] [--data DIR] [--in-process] [--redraw-only]
 */
public final class RunViewBenchmark {

    private static final int REFRESH_MS = 250;

    /** Train in this JVM (the old way) rather than in a process of its own (the product's). */
    private static boolean inProcess;

    /** Per counted run of each arm: this JVM's CPU and the X server's, in % of one core. */
    private static final List<double[]> DIRECT_CPU = new ArrayList<>();
    private static final List<double[]> WORKBENCH_CPU = new ArrayList<>();

    private RunViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // an epoch of a few seconds: at 6,000 images (under a second an epoch once training reached 6,500 images/s)
        // the first chart frames' fixed cost took 3-22 % of a run (geometric mean 0.860 over 4 rounds, 2026-12-03),
        // at 24,000 the same build measured 0.979
        int images = 24_000;
        int epochs = 2;
        int rounds = 2;
        int points = 100_000;
        boolean redrawOnly = false;
        Path data = Path.of("/usr/share/datasets/fashion-mnist");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    images = 1500;
                    epochs = 1;
                    rounds = 1;
                }
                case "--images" -> images = Integer.parseInt(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--redraw-only" -> redrawOnly = true;
                case "--in-process" -> inProcess = true;
                default -> {
                    System.err.println("RunViewBenchmark: unknown option " + args[i]);
                    System.exit(64);
                }
            }
        }
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 800);
        RunCharts charts = new RunCharts(shell);
        shell.open();
        if (redrawOnly) {
            redraw(display, charts, points);
            display.dispose();
            return;
        }
        Path dir = Files.createTempDirectory("lamina-runview-bench");
        Path runFile = prepare(data, dir, images, epochs);
        System.out.println(inProcess ? "training: in this JVM, on a thread of its own (--in-process)"
                : "training: in a process of its own each run, lamina train --events; the workbench's at nice "
                        + dev.lamina.run.process.TrainingPriority.nice());

        List<Double> direct = new ArrayList<>();
        List<Double> workbench = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        List<Double> directLatencies = new ArrayList<>();
        List<Double> renders = new ArrayList<>();
        direct(runFile, dir, 0, display, null); // warm-up, not counted: the natives load, the JIT compiles
        for (int round = 1; round <= rounds; round++) {
            // alternate which goes first, so neither always meets a warmer or a busier machine
            if (round % 2 == 1) {
                direct.add(direct(runFile, dir, round, display, directLatencies));
                workbench.add(workbench(runFile, dir, round, display, charts, latencies, renders));
            } else {
                workbench.add(workbench(runFile, dir, round, display, charts, latencies, renders));
                direct.add(direct(runFile, dir, round, display, directLatencies));
            }
            System.out.printf(Locale.ROOT, "round %d: %s %.0f images/s, from the workbench %.0f images/s%n",
                    round, directName(), direct.getLast(), workbench.getLast());
        }
        double[] t = directLatencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "latency: UI event loop (no charts) while %s trains at nice 0 (%d probes every"
                + " %d ms): p50 %.1f ms, p99 %.1f ms, max %.1f ms (for comparison)%n", directName(), t.length,
                UiLatency.PROBE_MS, percentile(t, 50), percentile(t, 99), t.length == 0 ? Double.NaN : t[t.length - 1]);
        double[] l = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "latency: UI event loop while training (%d probes every %d ms): p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms (goal: max <= 50 ms)%n", l.length, UiLatency.PROBE_MS,
                percentile(l, 50), percentile(l, 99), l.length == 0 ? Double.NaN : l[l.length - 1]);
        double[] r = renders.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int longest = renders.indexOf(renders.stream().max(Double::compare).orElse(Double.NaN));
        System.out.printf(Locale.ROOT, "latency: the charts' frames set on the UI thread in two steps (%d steps, a frame every %d ms; computed off it): p50 %.1f ms,"
                + " max %.1f ms (step %d; the first 4: %s); load average %s%n", r.length, REFRESH_MS, percentile(r, 50),
                r.length == 0 ? Double.NaN : r[r.length - 1], longest + 1, renders.stream().limit(4)
                        .map(v -> String.format(Locale.ROOT, "%.1f", v)).toList(), loadAverage());
        double d = median(direct);
        double w = median(workbench);
        // the ratio of each round's pair, the rounds' geometric mean: a round's second run is often the slower one
        // (measured up to 20 %), and the order alternates, so the pairs' mean cancels that where medians do not
        double logs = 0;
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < rounds; i++) {
            double ratio = workbench.get(i) / direct.get(i);
            logs += Math.log(ratio);
            pairs.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", ratio));
        }
        System.out.printf(Locale.ROOT, "overhead: %d images x %d epoch(s), %d round(s): medians %s %.0f"
                + " images/s, workbench %.0f images/s; workbench / engine per round %s, geometric mean %.3f (goal >= 0.97)%n",
                images, epochs, rounds, directName(), d, w, pairs, Math.exp(logs / rounds));
        if (!inProcess && !WORKBENCH_CPU.isEmpty()) {
            // the same overhead by CPU time, which this VM's run-to-run noise in images/s (10 % and more) hides: what
            // the Run view's events and charts cost this process and the X server, beyond the probes both arms have
            double process = median(WORKBENCH_CPU.stream().map(c -> c[0]).toList())
                    - median(DIRECT_CPU.stream().map(c -> c[0]).toList());
            double x = median(WORKBENCH_CPU.stream().map(c -> c[1]).toList())
                    - median(DIRECT_CPU.stream().map(c -> c[1]).toList());
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "overhead by CPU time: the Run view (events, charts) took %.1f %% of one core"
                    + " in the workbench's process and %s in the X server (medians per run, beyond the probes):"
                    + " %.1f %% of this machine's %d cores, taken from the training at most (goal <= 3 %%)%n",
                    process, XServerCpu.known() ? String.format(Locale.ROOT, "%.1f %%", x) : "? (not found)",
                    (process + (XServerCpu.known() ? x : 0)) / cores, cores);
        }
        redraw(display, charts, points);
        shell.dispose();
        display.dispose();
    }

    /** {@code images} Fashion-MNIST training images and a quarter as many validation images, a run.json for them. */
    private static Path prepare(Path data, Path dir, int images, int epochs) throws IOException {
        Path train = data.resolve("train-images-idx3-ubyte.gz");
        if (!Files.isRegularFile(train)) {
            System.err.println("RunViewBenchmark: needs Fashion-MNIST in " + data
                    + " (apt-get install dataset-fashion-mnist)");
            System.exit(1);
        }
        IdxExporter.export(IdxDataset.read(train, data.resolve("train-labels-idx1-ubyte.gz")), images,
                dir.resolve("data/train"));
        IdxExporter.export(IdxDataset.read(data.resolve("t10k-images-idx3-ubyte.gz"),
                data.resolve("t10k-labels-idx1-ubyte.gz")), images / 4, dir.resolve("data/validation"));
        ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve("model.lamina"));
        Path runFile = dir.resolve("run.json");
        // written as the workbench and lamina write run files (RunFile), not a second copy of the format
        RunFile.save(RunConfig.defaults(FilePath.relativeTo(dir, dir.resolve("model.lamina")),
                new DataSource.Folder(FilePath.relativeTo(dir, dir.resolve("data/train"))),
                Loss.SPARSE_CATEGORICAL_CROSSENTROPY, epochs)
                .withValidation(new Validation.Separate(new DataSource.Folder(FilePath.relativeTo(dir,
                        dir.resolve("data/validation")))))
                .withPreprocessing(Preprocessing.defaults().withRescale(1 / 255.0)), runFile);
        return runFile;
    }

    /**
     * {@code lamina train RUN.json} (the run folder and the epoch lines): a process of its own at the normal priority,
     * or with {@code --in-process} the engine on a thread of its own in this JVM; the UI thread answers the same
     * latency probes as in {@link #workbench} and draws nothing: the difference is the workbench's listeners, the
     * chart redraws and the workbench's lower priority. Its probes' delays go to {@code latencies} (none for the
     * warm-up).
     */
    private static double direct(Path runFile, Path dir, int round, Display display, List<Double> latencies)
            throws Exception {
        Path out = dir.resolve("runs/direct-" + round);
        Throughput rate = new Throughput();
        AtomicBoolean done = new AtomicBoolean();
        RunResult[] result = new RunResult[1];
        Throwable[] failure = new Throwable[1];
        Thread training = new Thread(() -> {
            try {
                if (inProcess) {
                    NewRun run = NewRun.create(RunFile.load(runFile), NewRun.runsHome(runFile), out);
                    result[0] = run.train(new Trainer(), RunListeners.inOrder(new EpochPrinting(), rate));
                } else {
                    // lamina train in a terminal: the normal priority
                    List<String> command = new ArrayList<>(command());
                    command.addAll(List.of("train", runFile.toString(), "--out", out.toString(), "--events"));
                    result[0] = new TrainingProcess(command).run(receiver(new EpochPrinting(), rate), line -> {
                    });
                }
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                done.set(true);
                // a message, not Display.wake(): a wake-up that comes before the loop's sleep() is lost, and the
                // loop then slept for good (seen once in 40 runs); a pending message ends any sleep
                display.asyncExec(() -> {
                });
            }
        }, "training");
        // the same probes as in the workbench's arm, so that their cost weighs on both trainings
        UiLatency probes = new UiLatency(display);
        long cpuBefore = processCpuNanos();
        long xBefore = XServerCpu.nanos();
        long wallBefore = System.nanoTime();
        training.start();
        probes.start();
        while (!done.get()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        probes.stop();
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        double x = (XServerCpu.nanos() - xBefore) / 1e9;
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        check(result[0]);
        if (latencies != null) {
            latencies.addAll(probes.delays());
            if (!inProcess) {
                System.out.printf(Locale.ROOT, "workbench process without a Run view (probes only) while %s trains:"
                        + " %.1f s of CPU in %.1f s, %.1f %% of one core; X server %s; VM steal %s%n", directName(),
                        cpu, wall, 100 * cpu / wall, xShare(x, wall), probes.stealShare());
                DIRECT_CPU.add(new double[] { 100 * cpu / wall, 100 * x / wall });
            }
            if (probes.delays().stream().anyMatch(d -> d > 50)) {
                System.out.println("blocking while " + directName() + " trained (no charts):");
                probes.print();
            }
        }
        return rate.imagesPerSecond();
    }

    /**
     * The workbench's path: the same run with the Run view's curves, the console's epoch lines and per-batch
     * progress, trained on a background thread while the UI thread redraws the charts and answers probes.
     */
    private static double workbench(Path runFile, Path dir, int round, Display display, RunCharts charts,
            List<Double> latencies, List<Double> renders) throws Exception {
        Path out = dir.resolve("runs/workbench-" + round);
        RunCurves curves = new RunCurves("workbench-" + round, "training");
        Throughput rate = new Throughput();
        AtomicBoolean done = new AtomicBoolean();
        RunResult[] result = new RunResult[1];
        Throwable[] failure = new Throwable[1];
        Thread training = new Thread(() -> {
            try {
                RunListener listeners = RunListeners.inOrder(curves, new EpochPrinting(), rate, new Progress());
                if (inProcess) {
                    // as TrainingJob trains without a launcher: on a thread of the engine's at the lower priority
                    NewRun run = NewRun.create(RunFile.load(runFile), NewRun.runsHome(runFile), out);
                    result[0] = TrainingThread.call("Lamina training", () -> run.train(new Trainer(), listeners));
                } else {
                    // as TrainingJob trains in the product: lamina train --events at the lower priority
                    result[0] = new TrainingProcess(TrainingProcess.command(command(),
                            List.of(runFile.toString(), "--out", out.toString()))).run(receiver(listeners), line -> {
                            });
                }
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                done.set(true);
                // a message, not Display.wake(): a wake-up that comes before the loop's sleep() is lost, and the
                // loop then slept for good (seen once in 40 runs); a pending message ends any sleep
                display.asyncExec(() -> {
                });
            }
        }, "training");
        UiLatency probes = new UiLatency(display);
        // the Run view's refresh: frames computed off the UI thread (ChartFrames), painted on it
        ChartFrames frames = new ChartFrames(charts);
        frames.onTiming(t -> renders.add(t.applyMs()));
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            frames.refresh(curves.snapshot());
            if (!done.get()) {
                display.timerExec(REFRESH_MS, poll[0]);
            }
        };
        long cpuBefore = processCpuNanos();
        long xBefore = XServerCpu.nanos();
        long wallBefore = System.nanoTime();
        training.start();
        probes.start();
        display.timerExec(REFRESH_MS, poll[0]);
        while (!done.get()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        probes.stop();
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        double x = (XServerCpu.nanos() - xBefore) / 1e9;
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        probes.print();
        frames.close();
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        check(result[0]);
        latencies.addAll(probes.delays());
        if (!inProcess) {
            System.out.printf(Locale.ROOT, "workbench process (the UI: events, charts, probes; not the training):"
                    + " %.1f s of CPU in %.1f s, %.1f %% of one core; X server %s%n", cpu, wall, 100 * cpu / wall,
                    xShare(x, wall));
            WORKBENCH_CPU.add(new double[] { 100 * cpu / wall, 100 * x / wall });
        }
        return rate.imagesPerSecond();
    }

    private static String xShare(double seconds, double wall) {
        return XServerCpu.known() ? String.format(Locale.ROOT, "%.1f %% of one core", 100 * seconds / wall) : "?";
    }

    /** CPU time of this JVM's process so far, every thread. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String directName() {
        return inProcess ? "engine directly" : "lamina train";
    }

    /** The command's JVM, as the product's launcher starts it for {@code lamina train} ({@code lamina.bench.command}). */
    private static List<String> command() {
        String command = System.getProperty("lamina.bench.command");
        if (command == null || command.isBlank()) {
            throw new IllegalStateException("set -Dlamina.bench.command (benchmarks/runview/run does), or --in-process");
        }
        return List.of(command.strip().split("\\s+"));
    }

    /** A training process's events to {@code listeners}; its opening is not needed here. */
    private static RunEventLines.Receiver receiver(RunListener... listeners) {
        return RunEventLines.receiver(run -> {
        }, RunListeners.inOrder(listeners));
    }

    /** Redraws both charts holding {@code count} batch points (a run of 100 epochs of 1,000 steps). */
    private static void redraw(Display display, RunCharts charts, int count) {
        RunCurves curves = new RunCurves("redraw", "training");
        int batches = 1000;
        java.util.Random noise = new java.util.Random(1);
        curves.started(new RunListener.RunStart(0, count / batches, batches, batches * 32, 0, List.of()));
        double seconds = 0;
        for (int i = 0; i < count; i++) {
            int epoch = i / batches + 1;
            int batch = i % batches + 1;
            seconds += 0.02;
            double loss = 2.3 * Math.exp(-i / 20_000.0) * (1 + 0.2 * noise.nextGaussian()) + 0.05;
            curves.iteration(new RunListener.IterationProgress(epoch, batch, batches, loss, loss,
                    1 - loss / 2.5, 1600, batch * 0.02));
            if (batch == batches) {
                curves.epochEnded(new RunListener.EpochReport(new dev.lamina.run.metrics.EpochMetrics(epoch, loss,
                        1 - loss / 2.5, loss * 1.1, 1 - loss / 2.4, seconds), count / batches, 1600, 0, 0));
            }
        }
        int repeats = 20;
        double[] snapshot = new double[repeats];
        double[] compute = new double[repeats];
        double[] paint = new double[repeats];
        org.eclipse.swt.graphics.Point size = charts.getSize();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, size.x, size.y);
        org.eclipse.swt.graphics.GC canvas = new org.eclipse.swt.graphics.GC(image);
        // the workbench's steady state, not a fresh JVM's: code compiled, and the heap's memory touched once (a
        // fresh ZGC heap page-faults on every new page, which made the copies 30 times slower here)
        for (int r = 0; r < 3 * repeats; r++) {
            charts.show(curves.snapshot());
            charts.lossChart().print(canvas);
            byte[][] touch = new byte[64][];
            for (int i = 0; i < touch.length; i++) {
                touch[i] = new byte[1 << 20];
            }
        }
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            RunCurves.Snapshot s = curves.snapshot();
            long copied = System.nanoTime();
            charts.show(s);
            long shown = System.nanoTime();
            // both charts painted whole, by their own paint code, into an image of the same size: GTK 3 paints a
            // window on its frame clock, so a redraw cannot be made to happen (and timed) here
            for (org.eclipse.swtchart.Chart chart : List.of(charts.lossChart(), charts.accuracyChart())) {
                chart.print(canvas);
            }
            long painted = System.nanoTime();
            snapshot[r] = (copied - start) / 1e6;
            compute[r] = (shown - copied) / 1e6;
            paint[r] = (painted - shown) / 1e6;
            while (display.readAndDispatch()) {
                // let the shell settle between redraws
            }
        }
        canvas.dispose();
        image.dispose();
        double[] total = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            total[r] = snapshot[r] + compute[r] + paint[r];
        }
        Arrays.sort(snapshot);
        Arrays.sort(compute);
        Arrays.sort(paint);
        Arrays.sort(total);
        int drawn = charts.lossChart().getSeriesSet().getSeries("training").getXSeries().length;
        System.out.printf(Locale.ROOT, "redraw: %,d batch points (%d drawn per line after decimation), %d redraws,"
                + " medians: snapshot %.1f ms, smooth+decimate+series %.1f ms, paint %.1f ms; total median %.1f ms,"
                + " max %.1f ms (goal: < 50 ms); load average %s%n", count, drawn, repeats, percentile(snapshot, 50),
                percentile(compute, 50), percentile(paint, 50), percentile(total, 50), total[repeats - 1],
                loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void check(RunResult result) {
        if (result.outcome() != RunResult.Outcome.COMPLETED) {
            throw new IllegalStateException("the run ended " + result.outcome() + ": " + result.message());
        }
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static double median(List<Double> values) {
        return percentile(values.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 50);
    }

    /** Training images per second over the run's epochs (training time only, as the engine reports it). */
    private static final class Throughput implements RunListener {
        private double sum;
        private int epochs;

        @Override
        public void epochEnded(EpochReport report) {
            sum += report.samplesPerSecond();
            epochs++;
        }

        double imagesPerSecond() {
            return epochs == 0 ? Double.NaN : sum / epochs;
        }
    }

    /** The epoch lines {@code lamina train} and the Run console print, formatted and written to nowhere. */
    private static final class EpochPrinting implements RunListener {
        private final PrintStream out = new PrintStream(OutputStream.nullOutputStream());
        private int epochs;
        private int batches;

        @Override
        public void started(RunStart start) {
            epochs = start.epochs();
        }

        @Override
        public void iteration(IterationProgress p) {
            if (p.batch() == 1) {
                out.println(EpochLines.header(p.epoch(), epochs));
            }
            batches = p.batches();
        }

        @Override
        public void epochEnded(EpochReport report) {
            out.println(EpochLines.epochEnd(batches, report.metrics()));
        }
    }

    /** What TrainingJob's progress listener computes per batch. */
    private static final class Progress implements RunListener {
        private int epochs = 1;
        private volatile int ticks;

        @Override
        public void started(RunStart start) {
            epochs = Math.max(1, start.epochs());
        }

        @Override
        public void iteration(IterationProgress p) {
            ticks = (int) ((p.epoch() - 1 + (double) p.batch() / Math.max(1, p.batches())) / epochs * 10_000);
        }
    }
}
