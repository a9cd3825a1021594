// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Computes the Run view's chart frames (smoothing, decimation, the coach) on a thread of its own and draws them on
 * the UI thread, so that a live run's refresh costs the UI thread only the painting: the loss chart in one event,
 * the accuracy chart and the coach in the next. At most one frame is computed
 * at a time: a refresh that comes while one is under way is dropped, the next one draws the newer data.
 */
public final class ChartFrames implements AutoCloseable {

    private final RunCharts charts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "Lamina Run view charts");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger generation = new AtomicInteger();

    private volatile java.util.function.Consumer<Timing> timings = t -> {
    };

    /**
     * How long a step of a frame took: computed on the worker (0 for the second step), then drawn (series set, paint
     * requested) on the UI thread.
     */
    public record Timing(double computeMs, double applyMs) {
    }

    public ChartFrames(RunCharts charts) {
        this.charts = charts;
    }

    /** Receives each drawn frame's timing on the UI thread (the Run view benchmark reads them). */
    public void onTiming(java.util.function.Consumer<Timing> consumer) {
        timings = consumer;
    }

    /** Draws {@code snapshot} soon; call on the UI thread. Returns false when a frame was still being computed. */
    public boolean refresh(RunCurves.Snapshot snapshot) {
        if (charts.isDisposed() || worker.isShutdown() || !busy.compareAndSet(false, true)) {
            return false;
        }
        RunCharts.Request request = charts.request();
        int current = generation.get();
        org.eclipse.swt.widgets.Display display = charts.getDisplay();
        worker.execute(() -> {
            RunCharts.Frame frame;
            long start = System.nanoTime();
            double computeMs;
            try {
                frame = request.frame(snapshot);
                computeMs = (System.nanoTime() - start) / 1e6;
            } catch (RuntimeException e) {
                busy.set(false);
                throw e;
            }
            if (display.isDisposed()) {
                busy.set(false);
                return;
            }
            display.asyncExec(() -> {
                busy.set(false);
                if (!charts.isDisposed() && generation.get() == current) {
                    long applied = System.nanoTime();
                    boolean rest = charts.showLoss(frame);
                    timings.accept(new Timing(computeMs, (System.nanoTime() - applied) / 1e6));
                    if (rest) {
                        display.asyncExec(() -> {
                            // not when the view showed a past run meanwhile (invalidate): its chart stays
                            if (!charts.isDisposed() && generation.get() == current) {
                                long second = System.nanoTime();
                                charts.showRest(frame);
                                timings.accept(new Timing(0, (System.nanoTime() - second) / 1e6));
                            }
                        });
                    }
                }
            });
        });
        return true;
    }

    /** Drops the frame under way: the charts were drawn with newer data on the UI thread meanwhile. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
