// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.runview;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.swt.widgets.Display;

/**
 * The UI event loop's latency while something trains: one thread posts a runnable with {@code asyncExec} due every
 * {@value #PROBE_MS} ms and counts its delay from when it was due until the UI thread ran it. The same thread, when
 * it finds a probe more than {@value #LATE_MS} ms late, samples the UI thread's stack and notes the virtual machine's
 * steal time (CPU time the hypervisor gave to others), so that a stall can be told from the VM going short of a core.
 * The benchmark runs it in both of its arms, so that what it costs (a wake-up every 10 ms on two threads) weighs on
 * both trainings alike.
 */
final class UiLatency {

    static final int PROBE_MS = 10;
    private static final long LATE_MS = 20;

    private final Display display;
    private final Thread ui;
    private final ConcurrentLinkedQueue<Long> delays = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> pending = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> stacks = new HashMap<>();
    private final Map<Long, List<String>> byProbe = new HashMap<>();
    private final Map<Long, Double> late = new ConcurrentHashMap<>();
    private final Map<Long, long[]> stealByProbe = new HashMap<>();
    private final long start = System.nanoTime();
    // the JVM's uptime then, to find a late probe in -Xlog's uptime-stamped GC and safepoint logs
    private final long startUptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
    private final Thread thread;
    private volatile boolean stopped;
    private int samples;
    private long gcCount;
    private long gcMs;
    private long stealMs;
    private long wallNanos;

    UiLatency(Display display) {
        this.display = display;
        this.ui = display.getThread();
        this.thread = new Thread(this::probe, "latency probe");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops probing and waits for the probes posted to run; call on the UI thread. */
    void stop() throws InterruptedException {
        stopped = true;
        thread.join();
        while (!pending.isEmpty()) {
            if (!display.readAndDispatch()) {
                Thread.sleep(1);
            }
        }
    }

    /** Every probe's delay in ms. */
    List<Double> delays() {
        return delays.stream().map(d -> d / 1e6).toList();
    }

    private void probe() {
        long gcCount0 = gc(true);
        long gcMs0 = gc(false);
        long steal0 = StealTime.millis();
        long begin = System.nanoTime();
        // each probe is due at a fixed time and counts its delay from then: a probe that could not even be posted on
        // time (the whole JVM stopped for a garbage collection) counts that stop too, as an input event arriving then
        // would wait for it
        long due = begin;
        long watched = -1;
        long[] watchedSteal = null;
        while (!stopped) {
            due += PROBE_MS * 1_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
            Long oldest = pending.peek();
            if (oldest != null && System.nanoTime() - oldest > LATE_MS * 1_000_000) {
                sample(oldest);
                if (oldest != watched) {
                    closeSteal(watched, watchedSteal);
                    watched = oldest;
                    watchedSteal = new long[] { StealTime.millis(), 0 };
                }
            } else if (watched >= 0) {
                closeSteal(watched, watchedSteal);
                watched = -1;
            }
            long posted = due;
            pending.add(posted);
            display.asyncExec(() -> {
                pending.poll();
                long delay = System.nanoTime() - posted;
                delays.add(delay);
                if (delay > LATE_MS * 1_000_000) {
                    late.put(posted, delay / 1e6);
                }
            });
        }
        closeSteal(watched, watchedSteal);
        wallNanos = System.nanoTime() - begin;
        stealMs = StealTime.millis() - steal0;
        gcCount = gc(true) - gcCount0;
        gcMs = gc(false) - gcMs0;
    }

    private void closeSteal(long probe, long[] steal) {
        if (probe >= 0) {
            steal[1] = StealTime.millis();
            stealByProbe.put(probe, steal);
        }
    }

    private void sample(long probe) {
        StackTraceElement[] stack = ui.getStackTrace();
        StringBuilder key = new StringBuilder(ui.getState().toString());
        int shown = 0;
        for (StackTraceElement e : stack) {
            if (shown++ == 7) {
                break;
            }
            key.append(" < ").append(e.getClassName().replaceAll(".*\\.", "")).append('.').append(e.getMethodName());
        }
        stacks.merge(key.toString(), 1, Integer::sum);
        byProbe.computeIfAbsent(probe, k -> new ArrayList<>()).add(key.toString());
        samples++;
    }

    private static long gc(boolean count) {
        long sum = 0;
        for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += count ? bean.getCollectionCount() : bean.getCollectionTime();
        }
        return sum;
    }

    /** The VM's steal time meanwhile, as a share of all its CPUs' time, e.g. {@code "0.4 %"}. */
    String stealShare() {
        if (stealMs < 0 || wallNanos == 0) {
            return "?";
        }
        double cpuMs = wallNanos / 1e6 * Runtime.getRuntime().availableProcessors();
        return String.format(Locale.ROOT, "%.1f %%", 100 * stealMs / cpuMs);
    }

    /** What the UI thread was doing while probes were late, the worst six, and the collector's and the VM's part. */
    void print() {
        System.out.printf(Locale.ROOT, "blocking: %d samples of the UI thread while a probe was over %d ms late;"
                + " GC meanwhile: %d collections, %d ms; VM steal meanwhile: %s of the CPUs' time%n", samples,
                LATE_MS, gcCount, gcMs, stealShare());
        stacks.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
        late.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(6).forEach(e -> {
            double at = (e.getKey() - start) / 1e6;
            long[] steal = stealByProbe.get(e.getKey());
            String stolen = steal == null || steal[0] < 0 ? ""
                    : String.format(Locale.ROOT, ", VM steal after its first %d ms: %d ms", LATE_MS,
                            steal[1] - steal[0]);
            System.out.printf(Locale.ROOT, "  late %.1f ms at %.0f ms (JVM uptime %.3f s%s):%n", e.getValue(), at,
                    (startUptimeMs + at) / 1e3, stolen);
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (String k : byProbe.getOrDefault(e.getKey(), List.of())) {
                seen.merge(k, 1, Integer::sum);
            }
            seen.forEach((k, n) -> System.out.printf(Locale.ROOT, "      %2d x %s%n", n, k));
        });
    }

    /** The VM's steal time so far, all CPUs together, from {@code /proc/stat}; -1 where there is none. */
    static final class StealTime {
        private static final Path STAT = Path.of("/proc/stat");

        private StealTime() {
        }

        static long millis() {
            try {
                String first = Files.readAllLines(STAT).get(0);
                String[] fields = first.trim().split("\\s+");
                // cpu user nice system idle iowait irq softirq steal ...: in USER_HZ ticks, 100 a second on Linux
                return fields.length > 8 ? Long.parseLong(fields[8]) * 10 : -1;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }
}
